package coop.fairshare.order;

import coop.fairshare.payment.PaymentMethod;
import java.io.Serializable;

/** What a shopper typed at checkout; every part is checked by {@link Checkout}. */
public record CheckoutForm(String recipient, String phone, String addressLine, String subdistrict, String district, String provinceCode, String postcode,
    String email, PaymentMethod paymentMethod, String language) implements Serializable {}
