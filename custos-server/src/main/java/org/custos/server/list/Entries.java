package org.custos.server.list;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.custos.server.db.SqlQuery;
import org.custos.lists.Entry;
import org.custos.lists.EntryStatus;
import org.custos.lists.terminology.Scheme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The list_entry table: entries as canonical JSON, with status and id beside it for queries. */
@Repository
public class Entries {
    private final JdbcClient jdbc;

    public Entries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(ListInfo list, Entry entry) {
        return jdbc.sql("insert into list_entry (list_id, organisation_id, entry_id, status, entry, updated_at) "
                        + "values (?, ?, ?, ?, ?, now()) returning key")
                .params(list.id(), list.organisationId(), entry.id(), entry.status().name(), EntryCodec.toJson(entry))
                .query(Long.class).single();
    }

    public void delete(long key) {
        jdbc.sql("delete from list_entry where key = ?").param(key).update();
    }

    public void update(long key, Entry entry) {
        jdbc.sql("update list_entry set status = ?, entry = ?, updated_at = now() where key = ?")
                .params(entry.status().name(), EntryCodec.toJson(entry), key).update();
    }

    public Optional<StoredEntry> find(ListInfo list, String entryId) {
        return jdbc.sql("select key, list_id, entry from list_entry where list_id = ? and entry_id = ?")
                .params(list.id(), entryId)
                .query((rs, n) -> stored(rs.getLong(1), list.id(), rs.getString(3), list.scheme()))
                .optional();
    }

    /** A page of the list's entries in key order, after {@code afterKey}. */
    public List<StoredEntry> page(ListInfo list, long afterKey, int limit) {
        return jdbc.sql("select key, entry from list_entry where list_id = ? and key > ? order by key limit ?")
                .params(list.id(), afterKey, limit)
                .query((rs, n) -> stored(rs.getLong(1), list.id(), rs.getString(2), list.scheme())).list();
    }

    /** The entries with these keys, whatever their list (for building match answers). */
    public List<StoredEntry> byKeys(Collection<Long> keys) {
        return byKeysQuery(keys).run(jdbc);
    }

    /** The same read, to run beside other statements (see AuditLog#lockAndRead). */
    public SqlQuery<StoredEntry> byKeysQuery(Collection<Long> keys) {
        return new SqlQuery<>("select e.key, e.list_id, e.entry, l.scheme from list_entry e join hash_list l "
                + "on l.id = e.list_id where e.key = any(?)", List.of((Object) keys.toArray(Long[]::new)),
                (rs, n) -> stored(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                        Scheme.ofToken(rs.getString(4))));
    }

    /** Every entry of the list as it is now, in id order (releases diff these). */
    public List<Entry> current(ListInfo list) {
        return sorted(jdbc.sql("select entry from list_entry where list_id = ?").param(list.id())
                .query(String.class).list(), list);
    }

    /** Every entry of the list as of its last release, in id order. */
    public List<Entry> published(ListInfo list) {
        return sorted(jdbc.sql("select published from list_entry where list_id = ? and published is not null")
                .param(list.id()).query(String.class).list(), list);
    }

    /** Records the entries as they are now as published. */
    public void markPublished(ListInfo list) {
        jdbc.sql("update list_entry set published = entry where list_id = ? and published is distinct from entry")
                .param(list.id()).update();
    }

    private static List<Entry> sorted(List<String> json, ListInfo list) {
        return json.stream().map(j -> EntryCodec.fromJson(j, list.scheme(), "list " + list.id()))
                .sorted(java.util.Comparator.comparing(Entry::id)).toList();
    }

    public boolean none(ListInfo list) {
        return !jdbc.sql("select exists (select 1 from list_entry where list_id = ?)").param(list.id())
                .query(Boolean.class).single();
    }

    public long count(ListInfo list, EntryStatus status) {
        return jdbc.sql("select count(*) from list_entry where list_id = ? and status = ?")
                .params(list.id(), status.name()).query(Long.class).single();
    }

    private static StoredEntry stored(long key, UUID listId, String json, Scheme scheme) {
        return new StoredEntry(key, listId, EntryCodec.fromJson(json, scheme, "stored entry " + key));
    }
}
