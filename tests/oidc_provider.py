"""A real OpenID Connect provider for the tests, on 127.0.0.1: discovery document,
authorization endpoint (it signs the person in at once), token endpoint with an
RS256-signed ID token, and its key set. Built with Flask and Authlib's JOSE
(joserfc). `mode` makes it misbehave the ways the web tier must refuse:

    "ok"             a valid ID token for the person `subject` / `email`
    "wrong_audience" the ID token is meant for another client
    "expired"        the ID token expired an hour ago
    "state_mismatch" the authorization answer carries another state
"""
import secrets
import threading
import time
from urllib.parse import urlencode

from flask import Flask, jsonify, redirect, request
from joserfc import jwt
from joserfc.jwk import KeySet, RSAKey

CLIENT_ID, CLIENT_SECRET = "leadbase-tests", "test-secret"


class OidcProvider:
    def __init__(self):
        from waitress.server import create_server

        self.key = RSAKey.generate_key(2048, parameters={"kid": "test-key", "use": "sig", "alg": "RS256"})
        self.mode, self.subject, self.email = "ok", "subject-lu-rep", "lu.rep@example.ch"
        self._codes: dict[str, str] = {}  # code -> nonce
        self.server = create_server(self._app(), host="127.0.0.1", port=0, threads=2)
        self.issuer = f"http://127.0.0.1:{self.server.effective_port}"
        self.metadata_url = f"{self.issuer}/.well-known/openid-configuration"
        threading.Thread(target=self.server.run, daemon=True).start()

    def stop(self) -> None:
        self.server.close()

    def config(self) -> dict:
        """The web tier's settings for this provider (thin_api/config.py names)."""
        return {"OIDC_METADATA_URL": self.metadata_url, "OIDC_CLIENT_ID": CLIENT_ID,
                "OIDC_CLIENT_SECRET": CLIENT_SECRET, "OIDC_NAME": "Test-IdP"}

    def _id_token(self, nonce: str) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "sub": self.subject, "email": self.email, "nonce": nonce,
                  "aud": "someone-else" if self.mode == "wrong_audience" else CLIENT_ID,
                  "iat": now - (7200 if self.mode == "expired" else 0),
                  "exp": now - 3600 if self.mode == "expired" else now + 300}
        return jwt.encode({"alg": "RS256", "kid": "test-key"}, claims, self.key)

    def _app(self) -> Flask:
        app = Flask("oidc_provider")

        @app.get("/.well-known/openid-configuration")
        def discovery():
            return jsonify(issuer=self.issuer, authorization_endpoint=f"{self.issuer}/authorize",
                           token_endpoint=f"{self.issuer}/token", jwks_uri=f"{self.issuer}/jwks",
                           response_types_supported=["code"], subject_types_supported=["public"],
                           id_token_signing_alg_values_supported=["RS256"])

        @app.get("/authorize")
        def authorize():
            code = secrets.token_urlsafe(16)
            self._codes[code] = request.args.get("nonce", "")
            state = "forged" if self.mode == "state_mismatch" else request.args["state"]
            return redirect(f"{request.args['redirect_uri']}?{urlencode({'code': code, 'state': state})}")

        @app.post("/token")
        def token():
            nonce = self._codes.pop(request.form.get("code", ""), None)
            if nonce is None:
                return jsonify(error="invalid_grant"), 400
            return jsonify(access_token=secrets.token_urlsafe(16), token_type="Bearer", expires_in=300,
                           id_token=self._id_token(nonce))

        @app.get("/jwks")
        def jwks():
            return jsonify(KeySet([self.key]).as_dict(private=False))

        return app
