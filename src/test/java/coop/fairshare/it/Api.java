package coop.fairshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A script's view of the JSON API: HTTP Basic, JSON in and out, problem details on failure. */
final class Api {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String language;

  Api(URI base) {
    this(base, null);
  }

  private Api(URI base, String language) {
    this.base = base;
    this.language = language;
  }

  /** The same API, asked for answers in this language (Accept-Language); without it the API answers in Thai. */
  Api in(String acceptLanguage) {
    return new Api(base, acceptLanguage);
  }

  HttpResponse<String> get(String path, String username) throws Exception {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), username);
  }

  HttpResponse<String> post(String path, String json, String username) throws Exception {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), username);
  }

  /** Sends raw bytes, e.g. a photo, with the given Content-Type (none when null). */
  HttpResponse<String> postBytes(String path, byte[] body, String contentType, String username) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return send(request, username);
  }

  HttpResponse<String> put(String path, String json, String username) throws Exception {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)), username);
  }

  HttpResponse<String> delete(String path, String username) throws Exception {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), username);
  }

  /** A GET that keeps the body as bytes (images) and sends these extra headers, name then value. */
  HttpResponse<byte[]> getBytes(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String username) throws Exception {
    request.header("Accept", "application/json");
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (username != null) {
      request.header("Authorization", basic(username));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The Authorization header of a script signing in as this user with the fixtures' password. */
  static String basic(String username) {
    return "Basic " + Base64.getEncoder().encodeToString((username + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  static JsonObject json(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** Asserts an RFC 9457 problem with this status and, if given, this stable code. */
  static JsonObject problem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(problem.getInt("status")).isEqualTo(status);
    if (code != null) {
      assertThat(problem.getString("code")).isEqualTo(code);
    }
    // never the inside: no stack trace, no JDK or library message
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at coop.").doesNotContain("java.").doesNotContain("No enum constant");
    return problem;
  }
}
