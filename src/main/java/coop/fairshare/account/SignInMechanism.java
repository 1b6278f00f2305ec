package coop.fairshare.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import coop.fairshare.shared.persistence.DatabaseTrouble;
import coop.fairshare.shared.web.ClientAddress;
import coop.fairshare.shared.web.DatabaseTroubleFilter;
import coop.fairshare.shared.web.Language;
import coop.fairshare.shared.web.Texts;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * People sign in on the login page (which calls {@code SecurityContext.authenticate}); scripts
 * send HTTP Basic credentials to the API. A page that needs a login sends the visitor to the login
 * page and back; the API answers 401 instead. The session remembers a login: her name and roles
 * are kept in it ({@link SignedIn}) and handed to the container with every request. (Jakarta
 * Security's {@code @AutoApplySession} did that from the container's own session principal, whose
 * roles Payara sometimes loses when several people's requests arrive at once: a signed-in page then
 * answered 403, about 4 requests in 100 with three people at 30 requests at once; Payara issue
 * #6145. Naming the roles each time leaves nothing to look up.)
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  /** The session attribute that holds who signed in. */
  static final String SIGNED_IN = "coop.fairshare.signedIn";

  /** Who signed in on this session and her roles as the identity store gave them: small and serializable (the cluster replicates it). */
  record SignedIn(String name, Set<String> groups) implements Serializable {
    SignedIn {
      groups = Set.copyOf(groups);
    }
  }

  @Inject
  private IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return validate(request, response, context);
    } catch (RuntimeException e) {
      if (DatabaseTrouble.of(e).isEmpty()) {
        throw e;
      }
      // the accounts cannot be read while MariaDB is down: "busy, try again", never a 500 or a 401
      busy(request, response);
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential login) {
      return signIn(request, context, identityStores.validate(new ClientCredential(login, ClientAddress.of(request))));
    }
    if (credential != null) {
      return signIn(request, context, identityStores.validate(credential));
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).strip());
      CredentialValidationResult result = basic == null ? CredentialValidationResult.INVALID_RESULT : identityStores.validate(new ClientCredential(basic, ClientAddress.of(request)));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return signIn(request, context, result);
      }
      return unauthorized(response, context);
    }
    SignedIn kept = keptIn(request);
    if (kept != null) {
      return context.notifyContainerAboutLogin(kept.name(), kept.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(response, context);
    }
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE + "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
  }

  /** Tells the container who she is and, when the identity store knew her, keeps it in her session for the requests after. */
  private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    AuthenticationStatus status = context.notifyContainerAboutLogin(result);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      request.getSession(true).setAttribute(SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    }
    return status;
  }

  private static SignedIn keptIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    try {
      return session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn ? signedIn : null;
    } catch (IllegalStateException signedOutMeanwhile) {
      return null;
    }
  }

  private static void busy(HttpServletRequest request, HttpServletResponse response) {
    try {
      if (isApi(request)) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"code\":\"error.busy\",\"detail\":\""
            + Texts.text(Language.ofCaller(request), "error.busy").replace("\"", "\\\"") + "\"}");
      } else {
        DatabaseTroubleFilter.answerBusy(request, response);
      }
    } catch (IOException e) {
      // the client went away; nothing to tell it
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
    try {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Fairshare\", charset=\"UTF-8\"");
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Sign in with HTTP Basic credentials.\"}");
    } catch (IOException e) {
      // the client went away; nothing to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
