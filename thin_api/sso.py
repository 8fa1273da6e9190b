"""Single sign-on through the company's identity provider (OpenID Connect, e.g.
Microsoft Entra ID), beside the local accounts. Configured from the environment
(thin_api/config.py: LEADS_OIDC_*); without it the sign-in page offers none.

Authlib checks the provider's answer: the state (the sign-in started here), the ID
token's signature (the provider's published keys), issuer, audience (our client
id), expiry and nonce. The person then signs in as the Leadbase user an admin
linked to the token's subject or e-mail (app.get_sso_user); nobody is created.
Each refusal is a clear page.
"""
from authlib.integrations.base_client.errors import MismatchingStateError, OAuthError
from authlib.integrations.flask_client import OAuth
from joserfc.errors import ClaimError, ExpiredTokenError, JoseError
from flask import Blueprint, abort, current_app, redirect, render_template, session, url_for
from flask_babel import gettext as _

from . import db

bp = Blueprint("sso", __name__)
oauth = OAuth()


def init_app(app) -> None:
    oauth.init_app(app)
    if app.config.get("OIDC_METADATA_URL"):
        oauth.register(
            "company",
            client_id=app.config["OIDC_CLIENT_ID"],
            client_secret=app.config["OIDC_CLIENT_SECRET"],
            server_metadata_url=app.config["OIDC_METADATA_URL"],
            client_kwargs={"scope": "openid email profile"},
        )


def enabled() -> bool:
    return bool(current_app.config.get("OIDC_METADATA_URL"))


@bp.app_context_processor
def sso_context():
    return {"sso_name": current_app.config.get("OIDC_NAME") if enabled() else None}


def _refused(message: str):
    return render_template("sso_refused.html", message=message), 401


@bp.route("/login/sso")
def start():
    if not enabled():
        abort(404)
    return oauth.company.authorize_redirect(url_for("sso.callback", _external=True))


@bp.route("/login/sso/callback")
def callback():
    if not enabled():
        abort(404)
    try:
        token = oauth.company.authorize_access_token()
    except MismatchingStateError:
        return _refused(_("This sign-in was not started here, or it took too long. Please start again."))
    except ExpiredTokenError:
        return _refused(_("The identity provider's answer has expired. Please sign in again."))
    except ClaimError as error:
        # Another audience: not our client id (and no authorized party naming us).
        if error.claim in ("aud", "azp"):
            return _refused(_("The identity provider's answer is meant for another application."))
        return _refused(_("The identity provider's answer is not valid (%(claim)s).", claim=error.claim))
    except (OAuthError, JoseError, ValueError) as error:
        current_app.logger.warning("single sign-on refused: %r", error)
        return _refused(_("The identity provider's answer could not be checked."))
    claims = token.get("userinfo") or {}
    rows = db.call("get_sso_user", subject=claims.get("sub"), email=claims.get("email"))
    if not rows or not rows[0]["is_active"]:
        return _refused(_("No active Leadbase user is linked to this account. Ask an administrator to link it."))
    session.clear()
    session["user_id"] = rows[0]["user_id"]
    return redirect(url_for("index"))
