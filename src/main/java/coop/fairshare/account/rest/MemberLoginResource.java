package coop.fairshare.account.rest;

import coop.fairshare.account.MemberLogin;
import coop.fairshare.account.MemberLogins;
import coop.fairshare.account.NewMemberLogin;
import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.shared.rest.RequestFields;
import coop.fairshare.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A member's login, for treasurers' scripts: made for her, or a producer's login linked to her. */
@Path("member-logins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.TREASURER, Roles.ADMIN})
@RequestScoped
@RetriedOnDeadlock
public class MemberLoginResource {

  /** A member's own login: her number, then what {@link NewMemberLogin} holds. */
  public record LoginRequest(String memberNumber, String username, String displayName, String email, String password) {

    @Override
    public String toString() {
      return "LoginRequest[" + memberNumber + ", " + username + "]";
    }
  }

  /** A member's number and an existing producer's username. */
  public record LinkRequest(String memberNumber, String username) {}

  @EJB
  private MemberLogins logins;

  @POST
  @Operation(summary = "Makes a member her own login; without a password the answer carries a strong one, this once (TREASURER)")
  public Response create(LoginRequest body) {
    LoginRequest r = RequestFields.body(body);
    MemberLogin login = logins.create(r.memberNumber(), new NewMemberLogin(r.username(), r.displayName(), r.email(), r.password()));
    return Response.status(Response.Status.CREATED).entity(login).build();
  }

  @POST
  @Path("links")
  @Operation(summary = "Links a producer's login of the member's own group to her: she signs in as producer and member (TREASURER)")
  public MemberLogin link(LinkRequest body) {
    LinkRequest r = RequestFields.body(body);
    return logins.linkProducer(r.memberNumber(), r.username());
  }
}
