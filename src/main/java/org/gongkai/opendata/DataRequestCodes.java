package org.gongkai.opendata;

import org.gongkai.platform.QueryCodes;
import org.gongkai.platform.SecretKeys;
import org.springframework.stereotype.Component;

/**
 * Tracking numbers SJ-&lt;yyyyMMdd&gt;-… and query codes of data requests, under
 * {@code <data dir>/keys/opendata-request-code.key}.
 */
@Component
class DataRequestCodes extends QueryCodes {

    static final String KEY_NAME = "opendata-request-code";

    DataRequestCodes(SecretKeys keys) {
        super(keys, "SJ", KEY_NAME, "HMAC-SHA-256 of the query codes of data requests");
    }
}
