# Inclusion Hub container image: a builder stage makes a virtualenv with the hub installed (not editable),
# the runtime stage copies only that virtualenv onto a clean python:3.11-slim and runs it as a non-root user.
#
#   docker build -t inclusion-hub .
#   docker run --rm -e HUB_DATABASE_URL=postgresql+asyncpg://hub:…@db:5432/hub inclusion-hub inclusion-hub migrate
#   docker run -d -p 8000:8000 -e HUB_DATABASE_URL=postgresql+asyncpg://hub:…@db:5432/hub \
#     -v /path/to/signing-key.json:/run/secrets/hub-signing-key.json:ro inclusion-hub
#
# Defaults set below (override with -e): HUB_ENV=prod, so the process refuses SQLite, refuses to generate its
# own signing key and requires HUB_GRAPHIQL=false; HUB_HOST=0.0.0.0, HUB_PORT=8000;
# HUB_SIGNING_KEY_PATH=/run/secrets/hub-signing-key.json (an EC P-256 private JWK provisioned by the operator),
# HUB_PSEUDONYMISATION_KEY_PATH=/run/secrets/hub-pseudonymisation-key. HUB_ISSUER has no production default:
# set it to the hub's https:// address (the prod profile refuses every development default, saying what to set).
# A local try-out with demo data and GraphiQL (served offline from the image):
#   docker run --rm -p 8000:8000 -e HUB_ENV=dev -e HUB_GRAPHIQL=true -e HUB_SIGNING_KEY_PATH=.hub/signing-key.json \
#     inclusion-hub inclusion-hub demo

FROM python:3.11-slim AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
RUN python -m venv /opt/venv
# .dockerignore keeps the virtualenv, tests, caches, databases and keys out of the build context.
COPY . .
RUN /opt/venv/bin/pip install --no-cache-dir . \
 && /opt/venv/bin/python -P -c "import hub.app; assert (hub.app.STATIC / 'graphiql/graphiql@3.8.3/graphiql.min.js').is_file()"

FROM python:3.11-slim AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HUB_ENV=prod \
    HUB_GRAPHIQL=false \
    HUB_HOST=0.0.0.0 \
    HUB_PORT=8000 \
    HUB_SIGNING_KEY_PATH=/run/secrets/hub-signing-key.json \
    HUB_PSEUDONYMISATION_KEY_PATH=/run/secrets/hub-pseudonymisation-key
COPY --from=builder /opt/venv /opt/venv
# The working directory is the only writable place (a dev SQLite file or a dev key lands here).
RUN install -d -o 10001 -g 10001 /var/lib/inclusion-hub
WORKDIR /var/lib/inclusion-hub
USER 10001:10001
EXPOSE 8000
# Liveness only (/healthz: the process answers); /readyz also checks the database and the migration.
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('HUB_PORT', '8000'), timeout=4)"]
CMD ["inclusion-hub", "serve", "--host", "0.0.0.0"]
