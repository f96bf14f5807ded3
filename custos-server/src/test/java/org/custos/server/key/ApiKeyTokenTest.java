package org.custos.server.key;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeyTokenTest {
    @Test
    void aTokenCarriesItsIdAndMatchesOnlyItsOwnHash() {
        String id = ApiKeyToken.newId();
        String token = ApiKeyToken.newToken(id);
        assertThat(ApiKeyToken.idOf(token)).contains(id);
        assertThat(ApiKeyToken.matches(token, ApiKeyToken.hash(token))).isTrue();
        assertThat(ApiKeyToken.matches(ApiKeyToken.newToken(id), ApiKeyToken.hash(token))).isFalse();
        assertThat(ApiKeyToken.newToken(id)).isNotEqualTo(token);
    }

    @Test
    void malformedTokensHaveNoId() {
        assertThat(ApiKeyToken.idOf(null)).isEmpty();
        assertThat(ApiKeyToken.idOf("custos_abc_def")).isEmpty();
        assertThat(ApiKeyToken.idOf(ApiKeyToken.newToken(ApiKeyToken.newId()) + "x")).isEmpty();
    }
}
