package coop.fairshare.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API, under /api. Payara Micro publishes its OpenAPI document at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Fairshare API", version = "1", description = "Products and producer groups of the Fairshare cooperative. Errors are RFC 9457 problem details."))
public class ApiApplication extends Application {}
