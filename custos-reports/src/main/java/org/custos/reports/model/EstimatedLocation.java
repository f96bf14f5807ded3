package org.custos.reports.model;

import org.custos.lists.Jurisdictions;

/** Where a user probably is (from IP geolocation or the account): a country, optionally region and city. */
public record EstimatedLocation(String countryCode, String region, String city) {
    public EstimatedLocation {
        countryCode = Jurisdictions.check(countryCode, "estimated location country");
        region = Fields.optional(region, Fields.SHORT, "estimated location region");
        city = Fields.optional(city, Fields.SHORT, "estimated location city");
    }

    public static EstimatedLocation country(String countryCode) {
        return new EstimatedLocation(countryCode, null, null);
    }
}
