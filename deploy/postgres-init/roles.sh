#!/usr/bin/env bash
# First start of the postgres container (docker-entrypoint-initdb.d): the roles of docs/autorisations.md
# "Database roles in production". The superuser (POSTGRES_USER) creates them and the database, nothing
# more: migrations run as hub_owner, the hub serves as hub_app.
set -euo pipefail
owner_password=$(cat /run/secrets/hub-owner-password)
app_password=$(cat /run/secrets/hub-app-password)
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$owner_password" -v app_password="$app_password" <<'SQL'
CREATE ROLE hub_owner LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE hub_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE DATABASE hub OWNER hub_owner;
SQL
