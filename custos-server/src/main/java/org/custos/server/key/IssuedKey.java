package org.custos.server.key;

/** A key just created, with its token: the only time the token exists outside the caller's hands. */
public record IssuedKey(ApiKey key, String token) {
    @Override
    public String toString() {
        return "IssuedKey[" + key.id() + "]";
    }
}
