/*
 * The card form on an order page: Stripe's Payment Element, loaded from Stripe (card details never
 * touch the shop). When Stripe.js cannot load (no connection, a blocker), the page says so in its
 * own words instead of showing an empty box.
 */
(function () {
  var form = document.getElementById('card-form');
  if (!form) {
    return;
  }
  var unavailable = document.getElementById('stripe-unavailable');
  var errorBox = document.getElementById('card-error');
  var button = document.getElementById('pay-card');
  function cannot() {
    unavailable.hidden = false;
    button.disabled = true;
  }
  var timer = setTimeout(cannot, 15000);
  var script = document.createElement('script');
  script.src = 'https://js.stripe.com/v3/';
  script.onerror = function () {
    clearTimeout(timer);
    cannot();
  };
  script.onload = function () {
    clearTimeout(timer);
    if (typeof Stripe !== 'function') {
      cannot();
      return;
    }
    var stripe = Stripe(form.getAttribute('data-key'), { locale: form.getAttribute('data-lang') });
    var elements = stripe.elements({ clientSecret: form.getAttribute('data-secret') });
    elements.create('payment').mount('#payment-element');
    button.disabled = false;
    // the pay button, not the box's submit: on an order's page the box sits inside the page's own form
    button.addEventListener('click', function (event) {
      event.preventDefault();
      button.disabled = true;
      errorBox.hidden = true;
      stripe.confirmPayment({ elements: elements, confirmParams: { return_url: window.location.href } }).then(function (result) {
        if (result.error) {
          // Stripe's words for the shopper (card declined, wrong number), in her language
          errorBox.textContent = result.error.message;
          errorBox.hidden = false;
          button.disabled = false;
        }
      });
    });
  };
  document.head.appendChild(script);
})();
