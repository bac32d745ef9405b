-- A host application's own migration, beside itsm4j's on the same database.
create table host_customer (id varchar(64) primary key, name varchar(200) not null);
