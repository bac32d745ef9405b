-- itsm4j ticket view search (script V13, JdbcTicketViewStore): the words of each view's title and description, as
-- io.itsm4j.core.view.TextSearch cuts them (longest runs of letters and digits, lower-cased), in a full-text vector
-- built from the words themselves (array_to_tsvector: no parser and no dictionary, so a search matches exactly the
-- words the library cuts, on every store alike), with a GIN index. A search is a tsquery of quoted words joined by &.
-- Views kept before this script have no words until they are put again: rebuild the views (TicketViewRebuild).
alter table itsm_ticket_view add column if not exists search_words tsvector;
create index if not exists itsm_ticket_view_search on itsm_ticket_view using gin (search_words);
