package coop.fairshare.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> BALANCER = Set.of("127.0.0.1");

  @Test
  void behindTheTrustedBalancerTheAddressItSawCounts() {
    assertThat(ClientAddress.of("127.0.0.1", List.of("203.0.113.7"), BALANCER)).isEqualTo("203.0.113.7");
  }

  @Test
  void whatTheVisitorPutBeforeTheBalancersOwnFindingIsIgnored() {
    // a guesser sends a new made-up address with every try; the balancer appends the real one
    assertThat(ClientAddress.of("127.0.0.1", List.of("198.51.100.1, 203.0.113.7"), BALANCER)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("127.0.0.1", List.of("198.51.100.1", "203.0.113.7"), BALANCER)).isEqualTo("203.0.113.7");
  }

  @Test
  void fromAnyoneNotTrustedTheHeaderIsIgnored() {
    assertThat(ClientAddress.of("203.0.113.7", List.of("198.51.100.1"), BALANCER)).isEqualTo("203.0.113.7");
    assertThat(ClientAddress.of("203.0.113.7", List.of("198.51.100.1"), Set.of())).isEqualTo("203.0.113.7");
  }

  @Test
  void aTrustedProxyWithoutTheHeaderOrWithAnEmptyOneIsTheAddress() {
    assertThat(ClientAddress.of("127.0.0.1", List.of(), BALANCER)).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of("127.0.0.1", List.of(" "), BALANCER)).isEqualTo("127.0.0.1");
    assertThat(ClientAddress.of("127.0.0.1", List.of("x".repeat(200)), BALANCER)).isEqualTo("127.0.0.1");
  }
}
