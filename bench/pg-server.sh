#!/usr/bin/env bash
# Sourced by the benchmarks that need a PostgreSQL server: `pg_server_database NAME` makes a fresh database NAME with
# an owner (migrates) and an application user (data privileges only), as README tells operators, and exports the
# GONGKAI_DB_* variables for it. With GONGKAI_DB_URL already set, that server is used as given (NAME ignored).
# Needs Debian's postgresql (pg_lsclusters, pg_ctlcluster) and root (su postgres), as in .ci/run.

pg_server_database() {
  local name=$1
  if [ -n "${GONGKAI_DB_URL:-}" ]; then
    echo "   using the PostgreSQL server at $GONGKAI_DB_URL"
    return 0
  fi
  command -v pg_lsclusters >/dev/null || { echo "missing: postgresql (apt-get install -y postgresql)" >&2; return 1; }
  local version cluster port
  version=$(pg_lsclusters --no-header | awk 'NR==1 {print $1}')
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $2}')
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    cluster=main
    pg_createcluster "$version" "$cluster" >/dev/null
  fi
  port=$(pg_lsclusters --no-header | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')
  pg_ctlcluster "$version" "$cluster" start 2>/dev/null || pg_ctlcluster "$version" "$cluster" status >/dev/null
  su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -q" <<SQL
drop database if exists ${name};
drop role if exists ${name};
drop role if exists ${name}_owner;
create role ${name}_owner login password '${name}-owner-pw';
create role ${name} login password '${name}-pw';
create database ${name} owner ${name}_owner encoding 'UTF8' template template0;
SQL
  su postgres -c "psql -p $port -d $name -v ON_ERROR_STOP=1 -q -c 'alter schema public owner to ${name}_owner'"
  export GONGKAI_DB_URL="jdbc:postgresql://localhost:$port/$name"
  export GONGKAI_DB_USER=$name GONGKAI_DB_PASSWORD=$name-pw
  export GONGKAI_DB_MIGRATION_USER=${name}_owner GONGKAI_DB_MIGRATION_PASSWORD=$name-owner-pw
  echo "   PostgreSQL server $(su postgres -c "psql -p $port -tAc 'show server_version'") on port $port, database $name"
}
