package org.gongkai.syndication;

/** What staff typed in the register's form, as text. */
public record NewMediaInput(String platform, String name, String accountId, String sponsor, String filing,
                           String responsible, String url, String lastPostOn, String interaction) {

    public NewMediaInput(String platform, String name, String accountId, String sponsor, String filing,
                         String responsible, String url, String lastPostOn) {
        this(platform, name, accountId, sponsor, filing, responsible, url, lastPostOn, null);
    }

    static NewMediaInput blank() {
        return new NewMediaInput(null, null, null, null, null, null, null, null, null);
    }
}
