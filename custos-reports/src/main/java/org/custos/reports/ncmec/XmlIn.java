package org.custos.reports.ncmec;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A flat response document read safely (no DTDs, no external entities): the root's name and its child elements'
 * text. Unknown or repeated children are refused except where the caller lists them as repeatable.
 */
record XmlIn(String root, Map<String, List<String>> children) {
    static XmlIn parse(String text, Set<String> allowed, Set<String> repeatable) {
        Element root = document(text);
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String name = e.getTagName();
                if (!allowed.contains(name)) {
                    throw new MalformedResponseException("unexpected element <" + name + "> in <" + root.getTagName() + ">");
                }
                children.computeIfAbsent(name, k -> new ArrayList<>()).add(e.getTextContent().strip());
                grandchildren(e, children);
                if (children.get(name).size() > 1 && !repeatable.contains(name)) {
                    throw new MalformedResponseException("repeated element <" + name + "> in <" + root.getTagName() + ">");
                }
            }
        }
        return new XmlIn(root.getTagName(), children);
    }

    /** Elements nested one level deeper, keyed {@code parent/child} ({@code files/fileId}). */
    private static void grandchildren(Element parent, Map<String, List<String>> into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                into.computeIfAbsent(parent.getTagName() + "/" + e.getTagName(), k -> new ArrayList<>())
                        .add(e.getTextContent().strip());
            }
        }
    }

    List<String> all(String path) {
        return children.getOrDefault(path, List.of());
    }

    XmlIn expectRoot(String name) {
        if (!root.equals(name)) throw new MalformedResponseException("expected <" + name + ">, got <" + root + ">");
        return this;
    }

    String text(String name) {
        List<String> v = children.get(name);
        return v == null ? null : v.getFirst();
    }

    String required(String name) {
        String v = text(name);
        if (v == null || v.isEmpty()) throw new MalformedResponseException("<" + root + "> lacks <" + name + ">");
        return v;
    }

    static long integer(String value, String name) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new MalformedResponseException("<" + name + "> is not an integer: '" + abbreviate(value) + "'");
        }
    }

    private static Element document(String text) {
        if (text == null || text.isBlank()) throw new MalformedResponseException("empty response document");
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new MalformedResponseException("response is not well-formed XML: " + e.getMessage(), e);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
