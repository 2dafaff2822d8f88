#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Render the sample framework page as the HTML a browser's "Save page as" would give.

Usage: make-html.py PAGE.txt NSX.json OUT_DIR

Reads the copied page text and the NSX export of the same framework (which holds the
headline/body split of the level statements) and writes radiologic.html plus variants:
radiologic-no-quadrant.html (no Quadrant line), radiologic-empty-level.html (the Proficient
level without statements) and radiologic-no-rapids.html (no RAPIDS section).

In the HTML, a statement's headline and body are separate elements and each citation chip
is a link whose text is the short label, whose title attribute is the full title and whose
visually hidden text reads "Full title. Opens in new tab.", so copying the rendered page
gives back the text.
"""

import html
import json
import os
import re
import sys

# The sources the page cites: short label, full title, address.
SOURCES = [
    ('WEF Skills Taxonomy',
     'WEF Skills Taxonomy 2021 \u2014 Building a Common Language for Skills at Work',
     'https://www.weforum.org/publications/building-a-common-language-for-skills-at-work/'),
    ('Anthropic Economic Index',
     'Anthropic Economic Index \u2014 release_2026_03_24',
     'https://www.anthropic.com/economic-index'),
    ('Jadhav & Danve, 2026',
     'Skill Automation Feasibility Index \u2014 Jadhav & Danve, 2026 (arXiv:2604.06906)',
     'https://arxiv.org/abs/2604.06906'),
    ('O*NET v30.2',
     'O*NET Resource Center \u2014 Occupational Information Network, v30.2 (Sept 2025)',
     'https://www.onetcenter.org/'),
    ('Pathsmith Durable Skills',
     'Pathsmith Durable Skills Framework \u2014 America Succeeds + CompTIA',
     'https://americasucceeds.org/'),
]
MARK = '. Opens in new tab.'
LEVELS = ['Emerging', 'Developing', 'Proficient', 'Advanced']
DURABLE = ['Emerging', 'Developing', 'Applying', 'Exceeding']

e = html.escape


def split_chips(text):
    """'Headline — body Label Title. Opens in new tab.…' -> (statement, [source], tail)."""
    chips = []
    while True:
        stripped = text.rstrip('.')
        tail = text[len(stripped):]
        found = None
        for src in SOURCES:
            chip = src[0] + src[1] + MARK[:-1]
            if stripped.endswith(chip):
                found = src
                text = stripped[:-len(chip)].rstrip(' ')
                break
        if found is None:
            return text, list(reversed(chips)), ''
        chips.append(found)


def chip_html(src):
    label, title, url = src
    return ('<a class="chip" href="%s" title="%s" target="_blank" rel="noopener noreferrer">'
            '%s<span class="sr-only">%s. Opens in new tab.</span></a>'
            % (e(url), e(title), e(label), e(title)))


def cited_statement(text, final_period):
    statement, chips, _ = split_chips(text)
    headline, body = statement.split(' \u2014 ', 1)
    out = ('<li class="statement"><span class="headline">%s</span> &mdash; '
           '<span class="body">%s</span>' % (e(headline), e(body)))
    out += ''.join(' ' + chip_html(c) for c in chips)
    if final_period:
        out += '.'
    return out + '</li>'


def numbered(line):
    m = re.match(r'^\s*(\d+)\.\s+(.*)$', line)
    return m.group(2) if m else None


def main():
    page_path, nsx_path, out_dir = sys.argv[1:4]
    lines = open(page_path, encoding='utf-8').read().split('\n')
    nsx = json.load(open(nsx_path, encoding='utf-8'))
    levels = nsx['framework']['levels']

    i = 0
    while not lines[i].startswith('SOC '):
        i += 1
    title = lines[i - 2].strip()
    m = re.match(r'^SOC (\S+)Job Zone (\d) \u00b7 (.*?)(v\.\d\d\.\d\d)$', lines[i])
    soc, zone, zone_label, version = m.groups()
    context = next(l for l in lines if l.startswith('Context covered'))[len('Context covered'):]

    # Role labels, in page order.
    roles = {}
    for j, l in enumerate(lines):
        if l in LEVELS and l not in roles and not numbered(lines[j + 1]):
            roles[l] = lines[j + 1]

    start_ai = lines.index('Authoritative source data identified for 998 occupations')
    end_ai = lines.index('Evidence pack')
    ai = {}
    current = None
    for l in lines[start_ai:end_ai]:
        if l in LEVELS:
            current = ai.setdefault(l, [])
        elif numbered(l) and current is not None:
            current.append(numbered(l))
    ai_intro = [l for l in lines[start_ai:end_ai] if l and l not in LEVELS and not numbered(l)]

    evidence = lines[end_ai + 1:lines.index('WEF cluster')]
    wef = lines[lines.index('WEF cluster') + 1:lines.index('WEF cluster') + 3]
    durable_intro = next(l for l in lines if l.startswith('Ten durable-skill'))

    domains = []
    current = None
    level = None
    anchors_line = next(l for l in lines if l.startswith('Show O*NET source anchors'))
    for l in lines[lines.index(durable_intro):lines.index(anchors_line)]:
        m = re.match(r'^(\d+)(\D.*?)(\d+) statements$', l)
        if m:
            current = {'n': m.group(1), 'name': m.group(2), 'count': m.group(3), 'levels': {}}
            domains.append(current)
        elif l in DURABLE and current is not None:
            level = current['levels'].setdefault(l, [])
        elif numbered(l) and current is not None:
            level.append(numbered(l))

    def after(anchor):
        return lines[lines.index(anchor) + 1]

    related = after('Related titles')
    rapids = after('RAPIDS apprenticeships')
    lists = [('O*NET skills', after('O*NET skills')),
             ('Knowledge domains', after('Knowledge domains')),
             ('Abilities', after('Abilities')),
             ('Work styles', after('Work styles')),
             ('Technology', after('Technology'))]
    tasks_anchor = next(l for l in lines if l.startswith('Tasks'))
    tasks = []
    for l in lines[lines.index(tasks_anchor) + 1:]:
        if not numbered(l):
            break
        tasks.append(numbered(l))
    cip = after('CIP education codes')
    footer = next(l for l in lines if l.startswith('Sources:'))

    # The glued lists split the way O*NET names them (none of these items has a capital
    # inside a word).
    def split_glued(text):
        return re.split(r'(?<=[a-z])(?=[A-Z])', text)

    def render(variant):
        out = []
        w = out.append
        w('<!DOCTYPE html>')
        w('<html lang="en">')
        w('<head>')
        w('<meta charset="utf-8">')
        w('<meta name="viewport" content="width=device-width, initial-scale=1">')
        w('<title>%s \u00b7 NSX</title>' % e(title))
        w('<link rel="stylesheet" href="https://nsx.example/assets/app.css">')
        w('<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;'
          'clip:rect(0 0 0 0)}</style>')
        w('<script>window.__NSX__ = {"note": "SOC 00-0000.00 Emerging injected by a script"};'
          '</script>')
        w('</head>')
        w('<body>')
        w('<header class="site-header"><a class="brand" href="https://nsx.example/">'
          '<span class="logo">NSX</span><span class="site-name">National Skills Exchange</span>'
          '</a><a class="sign-in" href="https://nsx.example/login">Sign in</a></header>')
        w('<main>')
        w('<nav class="breadcrumbs"><a href="https://nsx.example/frameworks/%s">'
          'Back to Framework</a></nav>' % e(soc))
        w('<article class="framework">')
        w('<header class="occupation">')
        w('<h1 class="occupation-title">%s</h1>' % e(title))
        w('<p class="occupation-meta"><span class="soc">SOC %s</span><span class="job-zone">'
          'Job Zone %s &middot; %s</span><span class="version">%s</span></p>'
          % (e(soc), zone, e(zone_label), e(version)))
        w('</header>')
        w('<section class="context"><p><strong>Context covered</strong>%s</p></section>'
          % e(context))

        w('<section class="levels">')
        for name in LEVELS:
            w('<section class="level level-%s">' % name.lower())
            w('<h2 class="level-label">%s</h2>' % name)
            w('<p class="role-label">%s</p>' % e(roles[name]))
            statements = levels[name.lower()]['statements']
            if variant == 'empty-level' and name == 'Proficient':
                statements = []
            if statements:
                w('<ol class="statements">')
                for s in statements:
                    headline, body = s.split(' \u2014 ', 1)
                    w('<li class="statement"><span class="headline">%s</span>'
                      '<span class="body">%s</span></li>' % (e(headline), e(body)))
                w('</ol>')
            w('</section>')
        w('</section>')

        w('<section class="ai-fluency">')
        w('<h2>%s</h2>' % e(ai_intro[0]))
        for p in ai_intro[1:]:
            w('<p class="intro">%s</p>' % e(p))
        for name in LEVELS:
            w('<section class="ai-level">')
            w('<h3>%s</h3>' % name)
            w('<ol class="statements">')
            for s in ai.get(name, []):
                w(cited_statement(s, True))
            w('</ol>')
            w('</section>')
        w('</section>')

        w('<section class="evidence">')
        w('<h2>Evidence pack</h2>')
        for l in evidence:
            if ':' not in l:
                w('<h3>%s</h3>' % e(l))
            elif variant == 'no-quadrant' and l.startswith('Quadrant:'):
                continue
            else:
                key, value = l.split(':', 1)
                w('<p class="metric"><span class="key">%s:</span> <span class="value">%s</span>'
                  '</p>' % (e(key), e(value.strip())))
        w('<h3>WEF cluster</h3>')
        w('<p class="wef-label">%s</p>' % e(wef[0]))
        w('<p class="wef-id"><code>%s</code></p>' % e(wef[1]))
        w('</section>')

        w('<section class="durable-skills">')
        w('<p class="intro">%s</p>' % e(durable_intro))
        for d in domains:
            w('<section class="domain">')
            w('<h3 class="domain-header"><span class="domain-number">%s</span>'
              '<span class="domain-name">%s</span><span class="domain-count">%s statements'
              '</span></h3>' % (d['n'], e(d['name']), d['count']))
            for name in DURABLE:
                if name not in d['levels']:
                    continue
                w('<h4>%s</h4>' % name)
                if d['levels'][name]:
                    w('<ol class="statements">')
                    for s in d['levels'][name]:
                        w(cited_statement(s, False))
                    w('</ol>')
            w('</section>')
        m = re.match(r'^(Show O\*NET source anchors)(.*)$', anchors_line)
        w('<details class="source-anchors"><summary>%s<span class="anchor-count">%s</span>'
          '</summary></details>' % (e(m.group(1)), e(m.group(2))))
        w('</section>')

        w('<section class="onet-enrichment">')
        w('<h2>O*NET enrichment &middot; skillscrosswalk.com</h2>')
        w('<p><a href="https://skillscrosswalk.com/corrections">Suggest an O*NET correction</a>'
          '</p>')
        w('<p class="hint">Source anchors that ground each statement</p>')
        w('<h3>Related titles</h3>')
        w('<p class="related-titles">%s</p>' % e(related))
        if variant != 'no-rapids':
            w('<h3>RAPIDS apprenticeships</h3>')
            w('<ul class="rapids"><li>%s</li></ul>' % e(rapids))
        for heading, glued in lists:
            w('<h3>%s</h3>' % e(heading))
            if heading == 'Technology':
                # Tags rendered as inline spans: the text glues them, as a copy does.
                w('<div class="tags">%s</div>'
                  % ''.join('<span class="tag">%s</span>' % e(t) for t in split_glued(glued)))
            else:
                w('<ul class="tags">%s</ul>'
                  % ''.join('<li>%s</li>' % e(t) for t in split_glued(glued)))
        w('<h3>%s</h3>' % e(tasks_anchor))
        w('<ol class="tasks">')
        for t in tasks:
            w('<li>%s</li>' % e(t))
        w('</ol>')
        w('<h3>CIP education codes</h3>')
        w('<ul class="tags">%s</ul>'
          % ''.join('<li>%s</li>' % c for c in re.findall(r'\d\d\.\d{4}', cip)))
        w('</section>')
        w('</article>')
        w('</main>')
        w('<footer class="site-footer"><p>%s</p></footer>' % e(footer))
        w('<script src="https://nsx.example/assets/app.js"></script>')
        w('</body>')
        w('</html>')
        return '\n'.join(out) + '\n'

    for variant, name in [(None, 'radiologic.html'),
                          ('no-quadrant', 'radiologic-no-quadrant.html'),
                          ('empty-level', 'radiologic-empty-level.html'),
                          ('no-rapids', 'radiologic-no-rapids.html')]:
        with open(os.path.join(out_dir, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(render(variant))


if __name__ == '__main__':
    main()
