package coop.fairshare.account;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** A username and password with the address they came from, so failures can be slowed per address. */
public class ClientCredential extends UsernamePasswordCredential {

  private final String clientAddress;

  public ClientCredential(UsernamePasswordCredential login, String clientAddress) {
    super(login.getCaller(), login.getPassword());
    this.clientAddress = clientAddress;
  }

  public String clientAddress() {
    return clientAddress;
  }
}
