-- itsm4j ticket view search (script V13, JdbcTicketViewStore): the words of each view's title and description, as
-- io.itsm4j.core.view.TextSearch cuts them (longest runs of letters and digits, lower-cased), each between single
-- spaces, so that LIKE '% word %' finds exactly a word. H2 has no full-text index this store uses: a search reads
-- the rows the query's other filters leave. Views kept before this script have no words until they are put again.
alter table itsm_ticket_view add column if not exists search_words varchar(1000000);
