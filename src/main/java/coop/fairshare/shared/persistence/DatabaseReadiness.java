package coop.fairshare.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means the database answers: a load balancer should send no shopper here before that. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject
  private DatabasePing ping;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(ping.answers()).build();
  }
}
