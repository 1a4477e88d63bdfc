package org.gongkai.syndication;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fetches from an approved source (another instance, an outside feed or page), and nothing else: http(s) only, a
 * time limit on the whole exchange, a size limit on the body. The approved host itself must resolve to a public
 * address unless the operator listed it in {@code gongkai.syndication.remote.allowed-private-hosts} (host:port, for
 * a source on the same network or a test); a redirect is followed (at most three) only to a public address, never
 * to loopback, private, link-local (169.254.x, cloud metadata), CGNAT, unique-local or multicast addresses.
 * <p>
 * Each host name is resolved once, the addresses checked, and the connection made to exactly those addresses (the
 * client's resolver answers only what was checked), so a name that answers differently the second time (DNS
 * rebinding) cannot lead the connection elsewhere.
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

    /** A body as received, with its declared media type (may be null). */
    record Fetched(byte[] body, String contentType, URI uri) {
    }

    /** How names are looked up; a test replaces it to play a rebinding name server. */
    interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "syndication-fetch-deadline");
        t.setDaemon(true);
        return t;
    });

    private final int maxBytes;
    private final Duration timeout;
    private final List<String> allowedPrivate;
    private final Lookup lookup;

    @org.springframework.beans.factory.annotation.Autowired
    RemoteFetcher(@Value("${gongkai.syndication.remote.max-bytes:1048576}") int maxBytes,
                  @Value("${gongkai.syndication.remote.timeout:PT10S}") Duration timeout,
                  @Value("${gongkai.syndication.remote.allowed-private-hosts:}") List<String> allowedPrivate) {
        this(maxBytes, timeout, allowedPrivate, InetAddress::getAllByName);
    }

    RemoteFetcher(int maxBytes, Duration timeout, List<String> allowedPrivate, Lookup lookup) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.allowedPrivate = allowedPrivate.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.lookup = lookup;
    }

    int maxBytes() {
        return maxBytes;
    }

    /** The body as strict UTF-8 text (what another Gongkai instance answers). */
    String get(String url, String accept) throws Refused {
        byte[] body = fetch(url, accept).body();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("ENCODING", "the answer is not valid UTF-8");
        }
    }

    /** The body's bytes, at most {@link #maxBytes()}, after at most {@link #MAX_REDIRECTS} checked redirects. */
    Fetched fetch(String url, String accept) throws Refused {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new Refused("PRIVATE_ADDRESS", "not an address: " + url);
        }
        Map<String, InetAddress[]> pinned = new ConcurrentHashMap<>();
        try (CloseableHttpClient client = client(pinned)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                InetAddress[] checked = checkAddress(uri, hop == 0);
                pinned.put(uri.getHost().toLowerCase(Locale.ROOT), checked);
                HttpGet get = new HttpGet(uri);
                get.setHeader("Accept", accept);
                get.setHeader("User-Agent", "Gongkai-syndication/1");
                AtomicBoolean late = new AtomicBoolean();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new Refused("TIMEOUT", "the source did not answer in time");
                }
                ScheduledFuture<?> alarm = DEADLINES.schedule(() -> {
                    late.set(true);
                    get.cancel();
                }, left, TimeUnit.NANOSECONDS);
                try (ClassicHttpResponse response = client.executeOpen(null, get, null)) {
                    int status = response.getCode();
                    if (status >= 300 && status < 400) {
                        Header location = response.getFirstHeader("Location");
                        if (location == null) {
                            throw new Refused("HTTP_STATUS", "redirect " + status + " without a Location");
                        }
                        try {
                            uri = uri.resolve(location.getValue().strip());
                        } catch (IllegalArgumentException e) {
                            throw new Refused("REDIRECT_REFUSED", "redirect to an unreadable address");
                        }
                        continue;
                    }
                    if (status != 200) {
                        throw new Refused("HTTP_STATUS", "the source answered HTTP " + status + " for " + uri.getPath());
                    }
                    HttpEntity entity = response.getEntity();
                    long declared = entity == null ? 0 : entity.getContentLength();
                    if (declared > maxBytes) {
                        throw new Refused("TOO_LARGE", "the answer declares " + declared + " bytes, the limit is "
                                + maxBytes);
                    }
                    byte[] body;
                    try (InputStream in = entity == null ? InputStream.nullInputStream() : entity.getContent()) {
                        body = in.readNBytes(maxBytes + 1);
                    }
                    if (body.length > maxBytes) {
                        throw new Refused("TOO_LARGE", "the answer is larger than the limit of " + maxBytes + " bytes");
                    }
                    return new Fetched(body, entity == null ? null : entity.getContentType(), uri);
                } catch (IOException e) {
                    if (late.get() || e instanceof InterruptedIOException) {
                        throw new Refused("TIMEOUT", "the source did not answer in time");
                    }
                    if (e.getCause() instanceof Refused r) {
                        throw r;
                    }
                    throw new Refused("NETWORK", "network error: " + e.getClass().getSimpleName());
                } finally {
                    alarm.cancel(false);
                }
            }
        } catch (IOException e) {
            throw new Refused("NETWORK", "network error: " + e.getClass().getSimpleName());
        }
        throw new Refused("REDIRECT_REFUSED", "more than " + MAX_REDIRECTS + " redirects");
    }

    /** A client that connects only to the addresses checked for each host, and follows no redirect itself. */
    private CloseableHttpClient client(Map<String, InetAddress[]> pinned) {
        Timeout t = Timeout.of(timeout);
        DnsResolver resolver = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                InetAddress[] a = pinned.get(host.toLowerCase(Locale.ROOT));
                if (a == null) {
                    throw new UnknownHostException(host + " was not checked");
                }
                return a.clone();
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableContentCompression().build();
    }

    /** Resolves the host once and answers its addresses once they are all allowed. */
    private InetAddress[] checkAddress(URI uri, boolean approvedOrigin) throws Refused {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        String reason = approvedOrigin ? "PRIVATE_ADDRESS" : "REDIRECT_REFUSED";
        if (!scheme.equals("http") && !scheme.equals("https") || host == null || uri.getRawUserInfo() != null) {
            throw new Refused(reason, "not an http(s) address: " + uri.getScheme() + "://" + host);
        }
        InetAddress[] addresses;
        try {
            addresses = lookup.all(host);
        } catch (UnknownHostException e) {
            throw new Refused("NETWORK", "unknown host " + host);
        }
        if (approvedOrigin && allowedPrivate.contains(host + ":" + port(uri))) {
            return addresses;
        }
        for (InetAddress a : addresses) {
            if (isPrivate(a)) {
                throw new Refused(reason, (approvedOrigin ? "the source" : "a redirect") + " leads to "
                        + host + " (" + a.getHostAddress() + "), which is not a public address");
            }
        }
        return addresses;
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
}
