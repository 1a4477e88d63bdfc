#!/bin/bash
# First start of the compose PostgreSQL: the schema's owner (runs the migrations) and the application's role (data
# privileges only, granted by Gongkai after each migration), as in the README's "On a PostgreSQL server".
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
     -v owner_pw="$GONGKAI_OWNER_PASSWORD" -v app_pw="$GONGKAI_APP_PASSWORD" <<'SQL'
create role gongkai_owner login password :'owner_pw';
create role gongkai login password :'app_pw';
create database gongkai owner gongkai_owner encoding 'UTF8' template template0;
\connect gongkai
alter schema public owner to gongkai_owner;
revoke create on schema public from public;
SQL
