package coop.fairshare.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The app icons (PNG files served as they are) go out as plain {@code image/png}: Payara adds the
 * app's default charset to every content type it sets, and a picture has none.
 */
@WebFilter(filterName = "ImageTypes", urlPatterns = "*.png")
public class ImageTypes extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void setContentType(String type) {
        super.setContentType(type);
        if (type != null && type.startsWith("image/")) {
          super.setCharacterEncoding((String) null);
        }
      }
    });
  }
}
