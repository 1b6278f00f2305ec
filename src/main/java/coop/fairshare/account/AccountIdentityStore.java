package coop.fairshare.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** The database identity store: accounts and their PBKDF2 password hashes in MariaDB. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @EJB
  private Accounts accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String address = login instanceof ClientCredential fromClient ? fromClient.clientAddress() : null;
    LoginCheck check = accounts.checkPassword(login.getCaller(), login.getPassword().getValue(), address);
    if (check instanceof LoginCheck.Valid valid) {
      return new CredentialValidationResult(valid.username(), valid.groups());
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
