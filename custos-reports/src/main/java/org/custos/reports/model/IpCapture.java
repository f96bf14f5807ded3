package org.custos.reports.model;

import java.net.InetAddress;
import java.time.Instant;
import org.custos.InvalidValueException;
import org.custos.Preconditions;

/**
 * An IP address seen at an event (upload, login) with its source port and time. The port matters: behind
 * carrier-grade NAT the address alone names thousands of subscribers. {@code port} is 0 when unknown.
 */
public record IpCapture(InetAddress address, int port, Instant time, String eventName) {
    public IpCapture {
        Preconditions.checkNotNull(address, "IP address");
        Preconditions.checkRange(port, 0, 65535, "IP port");
        Preconditions.checkNotNull(time, "IP capture time");
        eventName = Fields.required(eventName, Fields.SHORT, "IP capture event name");
    }

    /** Parses a literal address only (never a DNS lookup). */
    public static InetAddress literal(String ip) {
        Preconditions.check(ip != null && ip.matches("[0-9a-fA-F:.]+") && ip.length() <= 45,
                "not an IP address literal: '%s'", ip);
        try {
            return InetAddress.ofLiteral(ip);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("not an IP address literal: '" + ip + "'");
        }
    }

    public String addressText() {
        return address.getHostAddress();
    }

}
