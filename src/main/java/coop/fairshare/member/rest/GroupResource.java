package coop.fairshare.member.rest;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import coop.fairshare.member.GroupDirectory;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The producer-group directory as JSON. */
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RetriedOnDeadlock
public class GroupResource {

  @EJB
  private GroupDirectory directory;

  @GET
  @Operation(summary = "All producer groups, region by region")
  public List<GroupJson> all() {
    return directory.groups().stream().map(GroupJson::of).toList();
  }
}
