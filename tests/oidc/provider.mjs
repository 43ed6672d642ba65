// A real OpenID provider for the test suite: the certified `oidc-provider` package, configured as
// ProConnect is (scopes named after the claims they release, authorization code with PKCE S256
// required, userinfo, RP-initiated logout). Started by tests/oidc_provider.py; prints one line
// `READY <issuer>` when it listens. Configuration in the environment:
//   OIDC_PORT, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URIS, OIDC_POST_LOGOUT_REDIRECT_URIS
//   (comma-separated) and OIDC_ACCOUNTS, a JSON object {email: {given_name, usual_name, siret, idp_id}}.
// The sign-in page is ours (no devInteractions): one e-mail field, and consent given with it.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';

import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT);
const issuer = `http://127.0.0.1:${port}`;
const liste = (nom) => (process.env[nom] || '').split(',').filter(Boolean);
const comptes = JSON.parse(process.env.OIDC_ACCOUNTS || '{}');
const sujet = (email) => createHash('sha256').update(email).digest('hex').slice(0, 32);
const parSujet = new Map(Object.keys(comptes).map((email) => [sujet(email), email]));

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'fournisseur-de-test', alg: 'RS256', use: 'sig' };

const echapper = (texte) => String(texte).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_CLIENT_ID,
      client_secret: process.env.OIDC_CLIENT_SECRET,
      redirect_uris: liste('OIDC_REDIRECT_URIS'),
      post_logout_redirect_uris: liste('OIDC_POST_LOGOUT_REDIRECT_URIS'),
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
    },
  ],
  jwks: { keys: [jwk] },
  scopes: ['openid', 'email', 'given_name', 'usual_name', 'siret', 'idp_id'],
  claims: {
    openid: ['sub'],
    email: ['email'],
    given_name: ['given_name'],
    usual_name: ['usual_name'],
    siret: ['siret'],
    idp_id: ['idp_id'],
  },
  pkce: { required: () => true },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      // The confirmation is submitted at once ("yes, sign me out"), as ProConnect does.
      async logoutSource(ctx, form) {
        ctx.body = `<!doctype html><html lang="fr"><body>${form}
<script>const f = document.getElementById('op.logoutForm'); const i = document.createElement('input');
i.type = 'hidden'; i.name = 'logout'; i.value = 'yes'; f.appendChild(i); f.submit();</script></body></html>`;
      },
    },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, id) {
    const email = parSujet.get(id);
    if (!email) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, email, ...comptes[email] }) };
  },
});

function page(res, uid, erreur) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="fr"><head><title>Fournisseur d'identité de test</title></head><body>
<h1>Connexion (fournisseur de test)</h1>${erreur ? `<p id="erreur">${echapper(erreur)}</p>` : ''}
<form method="post" action="/interaction/${echapper(uid)}/login">
<label for="email">Adresse électronique</label><input id="email" name="email" type="email" autofocus>
<button id="connexion" type="submit">Se connecter</button></form></body></html>`);
}

async function corps(req) {
  let texte = '';
  for await (const morceau of req) {
    texte += morceau;
    if (texte.length > 16384) throw new Error('corps trop long');
  }
  return new URLSearchParams(texte);
}

async function interaction(req, res, uid, connexion) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction inconnue');
  if (!connexion) return page(res, uid);
  const email = (await corps(req)).get('email') || '';
  if (!(email in comptes)) return page(res, uid, 'Compte inconnu.');
  const accountId = sujet(email);
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope);
  const grantId = await grant.save();
  return provider.interactionFinished(
    req,
    res,
    { login: { accountId }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

const rappel = provider.callback();
const serveur = http.createServer((req, res) => {
  const chemin = new URL(req.url, issuer).pathname;
  const trouve = chemin.match(/^\/interaction\/([A-Za-z0-9_-]+)(\/login)?$/);
  if (!trouve) return rappel(req, res);
  const connexion = Boolean(trouve[2]) && req.method === 'POST';
  return interaction(req, res, trouve[1], connexion).catch((erreur) => {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`interaction refusée : ${erreur.message}`);
  });
});
serveur.listen(port, '127.0.0.1', () => console.log(`READY ${issuer}`));
process.on('SIGTERM', () => serveur.close(() => process.exit(0)));
