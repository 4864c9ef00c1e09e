"""The Jinja2 template of the HTML report (kept in code so it ships with the package)."""

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>salescall team report</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; color: #222; margin: 2em auto; max-width: 60em; padding: 0 1em; }
  h1 { font-size: 1.6em; margin-bottom: 0.2em; }
  h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ccc; }
  .meta { color: #666; }
  .note { background: #fff4d6; border-left: 4px solid #e0a800; padding: 0.4em 0.8em; }
  table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
  th, td { padding: 0.25em 0.5em; border-bottom: 1px solid #eee; text-align: right; }
  th:first-child, td:first-child, td.text, th.text { text-align: left; }
  th { background: #f4f4f4; }
  .changed { color: #a35c00; }
  .trainee { page-break-inside: avoid; break-inside: avoid; margin-top: 1.5em; }
  svg { display: block; }
  .line { fill: none; stroke: #2a6fdb; stroke-width: 2; }
  .dot { fill: #2a6fdb; }
  .grid { stroke: #ddd; }
  .axis { font-size: 10px; fill: #666; }
  .bars { display: grid; grid-template-columns: 12em 1fr 4em; gap: 0.2em 0.6em; align-items: center; max-width: 36em; }
  .bar { height: 0.8em; background: #eee; }
  .bar span { display: block; height: 100%; background: #3c9d5d; }
  .bar.bad span { background: #d0573f; }
  @media print {
    body { margin: 0; max-width: none; font-size: 11px; }
    h2 { page-break-after: avoid; }
    .bar span, .note, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
</style>
</head>
<body>
<h1>Team report</h1>
<p class="meta">{{ filters }} · {{ report.calls }} calls{% if report.first %} from {{ report.first.astimezone().strftime("%Y-%m-%d") }} to {{ report.last.astimezone().strftime("%Y-%m-%d") }}{% endif %} · generated {{ generated.strftime("%Y-%m-%d %H:%M") }}</p>
{% if not report.calls %}
<p>No finished calls match these filters.</p>
{% else %}
{% for scenario in report.scenarios if scenario.changed %}
<p class="note">Scenario <b>{{ scenario.scenario_id }}</b> ({{ scenario.title }}) changed during this period: {{ scenario.versions }} versions. Compare its scores with care.</p>
{% endfor %}

<h2>Trainee × scenario</h2>
<table>
<tr>{% for h in comparison_headers %}<th{% if loop.index <= 2 %} class="text"{% endif %}>{{ h }}</th>{% endfor %}</tr>
{% for row in comparisons %}
<tr>{% for cell in row %}<td{% if loop.index <= 2 %} class="text{% if loop.index == 2 and 'changed' in cell %} changed{% endif %}"{% endif %}>{{ cell }}</td>{% endfor %}</tr>
{% endfor %}
</table>

<h2>Team averages</h2>
<table>
<tr><th>team</th><th>trainees</th>{% for h in skill_headers %}<th>{{ h }}</th>{% endfor %}</tr>
{% for row in teams %}
<tr><td>{{ row.team.team or "(no team)" }}</td><td>{{ row.team.trainees }}</td>{% for cell in row.cells %}<td>{{ cell }}</td>{% endfor %}</tr>
{% endfor %}
<tr><th class="text">all</th><th>{{ report.trainees|length }}</th>{% for cell in overall %}<th>{{ cell }}</th>{% endfor %}</tr>
</table>

<h2>Trainees</h2>
{% for t in trainees %}
<section class="trainee">
<h3>{{ t.profile.trainee }} <span class="meta">{{ t.profile.team }} · {{ t.profile.skills.calls }} calls · average {{ t.cells[1] }}</span></h3>
<svg width="{{ t.chart.width }}" height="{{ t.chart.height }}" viewBox="0 0 {{ t.chart.width }} {{ t.chart.height }}" role="img" aria-label="score over time for {{ t.profile.trainee }}">
{% for y, score in t.chart.grid %}
<line class="grid" x1="30" x2="{{ t.chart.width - 30 }}" y1="{{ y }}" y2="{{ y }}"/><text class="axis" x="4" y="{{ y + 3 }}">{{ score }}</text>
{% endfor %}
<polyline class="line" points="{{ t.chart.points }}"/>
{% for dot in t.chart.dots %}
<circle class="dot" cx="{{ dot.x }}" cy="{{ dot.y }}" r="3"><title>{{ dot.title }}</title></circle>
{% endfor %}
{% for x, label in t.chart.labels %}
<text class="axis" x="{{ x }}" y="{{ t.chart.height - 8 }}" text-anchor="middle">{{ label }}</text>
{% endfor %}
</svg>
<div class="bars">
{% for bar in t.bars %}
<span>{{ bar.label }}</span><div class="bar{% if bar.bad %} bad{% endif %}"><span style="width: {{ '%.1f'|format(bar.fraction * 100) }}%"></span></div><span>{{ bar.text }}</span>
{% endfor %}
</div>
</section>
{% endfor %}
{% endif %}
</body>
</html>
"""
