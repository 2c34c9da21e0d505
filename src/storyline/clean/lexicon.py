"""Words of web-page furniture, in the languages news comes in.

These are general interface strings (buttons, widgets, link lists), not phrases of any
particular article. A line is judged by them only when it is short, so an article that
happens to contain one of these words in a sentence keeps it.
"""

from __future__ import annotations

import re

# A short line that consists of one of these (after lower-casing and trimming
# punctuation) is interface text.
_PHRASES = """
subscribe|unsubscribe|subscribe now|log in|login|log out|logout|sign in|sign up|sign out|register
log in or register|sign in or register|login or register|create account|my account
share|share this|share this article|share on facebook|share on twitter|tweet|email|e-mail|print
comment|comments|leave a comment|show comments|hide comments|view comments|comments are closed
load more|loading|loader|show more|see more|read more|read next|more|less|expand|collapse
advertisement|advert|ad|ads|sponsored|sponsored content|promoted|partner content
newsfeed|news feed|chats|chat|menu|close|search|back to top|skip to content|skip to main content
toggle navigation|home|next|previous|next article|previous article|related|related articles
related stories|related content|more on this story|most read|most popular|popular|trending
top stories|latest news|latest|recommended|recommended for you|you may also like|editor's picks
follow us|follow|cookies|accept cookies|cookie settings|all rights reserved|privacy policy
terms of use|contact us|about us|photo|photos|video|videos|watch|listen|gallery|view gallery
enlarge image|click to enlarge|copy link|link copied|feedback|report an error|tags|topics|keywords
whatsapp|facebook|twitter|telegram|linkedin|reddit|pinterest|don't miss
подписаться|подпишитесь|войти|выйти|вход|регистрация|зарегистрироваться|поделиться|комментарии
комментарий|читать далее|читайте также|читать также|смотрите также|реклама|загрузка|лента новостей
чаты|чат|популярное|главное|ещё|показать ещё|закрыть|поиск|меню|войти или зарегистрироваться
abonnieren|anmelden|abmelden|registrieren|teilen|kommentare|kommentar|mehr lesen|weiterlesen
lesen sie auch|anzeige|werbung|newsletter|mehr zum thema|zum thema
s'abonner|abonnez-vous|se connecter|connexion|partager|commentaires|lire la suite
lire aussi|à lire aussi|publicité|voir aussi
suscríbete|suscribirse|iniciar sesión|registrarse|compartir|comentarios|leer más
lee también|publicidad|ver también|relacionados|noticias relacionadas
iscriviti|accedi|registrati|condividi|commenti|leggi anche|leggi di più|pubblicità|articoli correlati
tilaa|kirjaudu|kirjaudu sisään|rekisteröidy|jaa|kommentit|kommentoi|lue lisää|lue myös|mainos
assine|inscreva-se|entrar|cadastre-se|compartilhe|compartilhar|comentários|leia mais|leia também
publicidade
"""
UI_LINES = frozenset(p.strip() for p in _PHRASES.replace("\n", "|").split("|") if p.strip())

# A line (of up to a few dozen words) that starts with one of these is a link, a
# call to action or a credit, not article text.
UI_PREFIX = re.compile(
    r"""^\W{0,3}(?:
        read\ more|read\ also|also\ read|read\ next|see\ more|see\ also|related|recommended|more\ on
      | also\ on\ \S+|don'?t\ miss|watch|listen|download|itunes|spotify|podcast
      | sign\ up\ for|subscribe\ to|subscribe\ now|follow\ us|follow\ @|like\ us\ on|like\ this\ story
      | click\ here|tap\ here|have\ a\ tip|tell\ us\ what\ you\ think|get\ the\ latest|get\ access\ to
      | join\ our|join\ the\ (?:discussion|conversation)|download\ (?:the|our)\ app
      | this\ copy\ is\ for\ your\ personal|to\ order\ presentation-ready
      | copyright|all\ rights\ reserved|©|\(c\)\s
      | (?:photo|image|picture|foto|kuva|фото)(?:\ by|\ credit)?\s*[:|/]
      | credit\s*:|source\s*:\s*getty
      | читайте\ также|читать\ также|смотрите\ также|подписывайтесь|скачайте\ приложение
      | lesen\ sie\ auch|lire\ aussi|à\ lire\ aussi|lee\ también|leggi\ anche|lue\ myös|leia\ também
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Anywhere in a short line: newsletter pitches, social handles, comment widgets.
UI_ANYWHERE = re.compile(
    r"""(?:newsletter|\bsign\ up\b|\bsubscribe\b|\bsubscription\b
      | \bfollow\ (?:us|him|her|them|me)\ on\b|\bon\ (?:twitter|facebook|instagram)\b
      | \bshare\ (?:it|this)\ with\b|all\ rights\ reserved|may\ be\ reached\ at|\S+@\S+\.\w{2,}
      | \b(?:participate|join)\ in\ the\ discussion\b|\bleave\ a\ comment\b
      | \bdownload\ (?:the|our)\ app\b|\bcookies?\b.*\b(?:accept|consent|policy)\b
      | скачайте|подпишитесь|приложение
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Photo-agency credits: "NAME SURNAME / AFP", "AFP / GETTY IMAGES", "(AP Photo/Jane Doe)".
CREDIT = re.compile(
    r"""(?:^\W{0,2}[A-ZÀ-ÝА-Я][A-ZÀ-ÝА-Я .'’-]{1,60}\s/\s[A-ZÀ-ÝА-Я]
      | \b(?:getty\ images|ap\ photo|afp\ via\ getty|reuters/|shutterstock|epa-efe|sipa\ press)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)

# Words that mark a line as a byline or a time stamp when it also holds a date or time.
META_WORDS = re.compile(
    r"""\b(?:updated|published|posted|modified|last\ updated|by|publicado|publicada|actualizado
      | aktualisiert|veröffentlicht|publié|mis\ à\ jour|aggiornato|pubblicato|päivitetty|julkaistu
      | обновлено|опубликовано)\b""",
    re.IGNORECASE | re.VERBOSE,
)
