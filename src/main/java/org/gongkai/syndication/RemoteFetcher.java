package org.gongkai.syndication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches from an approved remote source, and nothing else: http(s) only, a time limit on the whole exchange, a
 * size limit on the body, strict UTF-8. The approved host itself must resolve to a public address unless the
 * operator listed it in {@code gongkai.syndication.remote.allowed-private-hosts} (host:port, for a source on the
 * same network or a test); a redirect is followed (at most three) only to a public address, never to loopback,
 * private, link-local (169.254.x, cloud metadata), CGNAT, unique-local or multicast addresses.
 */
@Component
class RemoteFetcher {

    static final int MAX_REDIRECTS = 3;

    /** A fetch refused or failed; {@code reason} is the code recorded in the trail. */
    static final class Refused extends Exception {
        final String reason;

        Refused(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }
    }

    private final int maxBytes;
    private final Duration timeout;
    private final List<String> allowedPrivate;
    private final HttpClient client;

    RemoteFetcher(@Value("${gongkai.syndication.remote.max-bytes:1048576}") int maxBytes,
                  @Value("${gongkai.syndication.remote.timeout:PT10S}") Duration timeout,
                  @Value("${gongkai.syndication.remote.allowed-private-hosts:}") List<String> allowedPrivate) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.allowedPrivate = allowedPrivate.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();
    }

    int maxBytes() {
        return maxBytes;
    }

    /** The body as UTF-8 text. */
    String get(String url, String accept) throws Refused {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI uri = URI.create(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            checkAddress(uri, hop == 0);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept)
                    .header("User-Agent", "Gongkai-syndication/1").GET().build();
            HttpResponse<InputStream> response = await(client.sendAsync(request,
                    HttpResponse.BodyHandlers.ofInputStream()), deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                close(response.body());
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new Refused("HTTP_STATUS", "redirect " + status + " without a Location");
                }
                try {
                    uri = uri.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new Refused("REDIRECT_REFUSED", "redirect to an unreadable address");
                }
                continue;
            }
            if (status != 200) {
                close(response.body());
                throw new Refused("HTTP_STATUS", "the source answered HTTP " + status + " for " + uri.getPath());
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                close(response.body());
                throw new Refused("TOO_LARGE", "the answer declares " + declared + " bytes, the limit is " + maxBytes);
            }
            InputStream in = response.body();
            byte[] body = await(CompletableFuture.supplyAsync(() -> readLimited(in)), deadline, in);
            if (body == null) {
                throw new Refused("TOO_LARGE", "the answer is larger than the limit of " + maxBytes + " bytes");
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                throw new Refused("ENCODING", "the answer is not valid UTF-8");
            }
        }
        throw new Refused("REDIRECT_REFUSED", "more than " + MAX_REDIRECTS + " redirects");
    }

    private void checkAddress(URI uri, boolean approvedOrigin) throws Refused {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        String reason = approvedOrigin ? "PRIVATE_ADDRESS" : "REDIRECT_REFUSED";
        if (!scheme.equals("http") && !scheme.equals("https") || host == null || uri.getRawUserInfo() != null) {
            throw new Refused(reason, "not an http(s) address: " + uri.getScheme() + "://" + host);
        }
        if (approvedOrigin && allowedPrivate.contains(host + ":" + port(uri))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new Refused("NETWORK", "unknown host " + host);
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new Refused(reason, (approvedOrigin ? "the source" : "a redirect") + " leads to "
                        + host + " (" + a.getHostAddress() + "), which is not a public address");
            }
        }
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xFF;
            int b1 = b[1] & 0xFF;
            return b0 == 0 || b0 >= 240 || (b0 == 100 && (b1 & 0xC0) == 64) || (b0 == 192 && b1 == 0 && (b[2] & 0xFF) == 0)
                    || (b0 == 198 && (b1 == 18 || b1 == 19));
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        return true;
    }

    private byte[] readLimited(InputStream in) {
        try (in) {
            byte[] body = in.readNBytes(maxBytes + 1);
            return body.length > maxBytes ? null : body;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static <T> T await(CompletableFuture<T> future, long deadline) throws Refused {
        return await(future, deadline, null);
    }

    private static <T> T await(CompletableFuture<T> future, long deadline, InputStream toClose) throws Refused {
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            close(toClose);
            throw new Refused("TIMEOUT", "the source did not answer in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("FAILED", "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof java.net.http.HttpTimeoutException) {
                throw new Refused("TIMEOUT", "the source did not answer in time");
            }
            throw new Refused("NETWORK", "network error: " + (c == null ? e : c).getClass().getSimpleName());
        }
    }

    private static void close(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing to do: the exchange is abandoned
            }
        }
    }
}
