package coop.fairshare.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a shopper types to register. Messages are bundle keys, shown in the shopper's language. */
public record NewShopper(
    @NotBlank(message = "{registration.username.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{registration.username.pattern}")
    String username,
    @NotBlank(message = "{registration.displayName.required}")
    @Size(max = UserAccount.MAX_DISPLAY_NAME, message = "{registration.displayName.size}")
    String displayName,
    @NotBlank(message = "{registration.email.required}")
    @Email(message = "{registration.email.invalid}")
    @Pattern(regexp = "[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}", message = "{registration.email.invalid}")
    @Size(max = UserAccount.MAX_EMAIL, message = "{registration.email.invalid}")
    String email,
    @NotBlank(message = "{registration.password.required}")
    @Size(min = 10, max = 128, message = "{registration.password.size}")
    String password) {

  @Override
  public String toString() {
    return "NewShopper[" + username + "]";
  }
}
