package coop.fairshare.shared.web;

import coop.fairshare.shared.persistence.RetriedOnDeadlock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The "page expired" page answers 400, not the 500 the container gives every error page reached
 * by an exception: an old form is the visitor's doing, not a failure of ours. An AJAX request keeps
 * its 200, or the browser would not show the page the exception handler sends it.
 */
@Named
@RequestScoped
@RetriedOnDeadlock
public class ExpiredPage {

  public void answerBadRequest() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getPartialViewContext().isAjaxRequest()) {
      faces.getExternalContext().setResponseStatus(400);
    }
  }
}
