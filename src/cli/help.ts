/** Examples shown under --help, one block per command. */
export const EXAMPLES: Record<string, string> = {
  main: `
Examples:
  $ nato-facts extract seeds/                     tables on a terminal
  $ nato-facts extract seeds/ --json | jq '.people[].name'
  $ nato-facts people seeds/000_eb96e3aa00c62893.txt
  $ nato-facts story seeds/
  $ nato-facts report seeds/ -o report.html
  $ cat article.txt | nato-facts extract - --date 2024-02-21

Exit codes: 0 success (also when nothing was found), 1 an input could not be read, 2 usage error, 130 interrupted.`,
  extract: `
Examples:
  $ nato-facts extract seeds/ --json | jq '.documents[] | {id, date: .date.value}'
  $ nato-facts extract seeds/ --json | jq -r '.documents[].quotes[] | [.speaker.name, .text] | @tsv'
  $ nato-facts extract seeds/ --only people,dates --format markdown > facts.md
  $ nato-facts extract seeds/ --format csv -o facts.csv
  $ nato-facts extract corpus/ --format ndjson | jq -c 'select(.type=="document") | .data.id'
  $ nato-facts extract notes/ --ext txt,article --date 2023-06-17`,
  people: `
Examples:
  $ nato-facts people seeds/
  $ nato-facts people seeds/ --json | jq -r '.people[] | "\\(.name)\\t\\(.documents | length)"'`,
  dates: `
Examples:
  $ nato-facts dates seeds/002_a197a19f29fddf22.txt
  $ nato-facts dates seeds/ --json | jq -r '.documents[].dates[] | [.text, .value, .type] | @tsv'`,
  quotes: `
Examples:
  $ nato-facts quotes seeds/
  $ nato-facts quotes seeds/ --json | jq '.documents[].quotes[] | select(.speaker.kind == "anonymous")'`,
  sources: `
Examples:
  $ nato-facts sources seeds/
  $ nato-facts sources seeds/ --json | jq -r '.documents[].sources[] | [.kind, .name, .text] | @tsv'`,
  story: `
Examples:
  $ nato-facts story seeds/
  $ nato-facts story seeds/ --json | jq '.story.candidates[] | {name, status}'`,
  timeline: `
Examples:
  $ nato-facts timeline seeds/
  $ nato-facts timeline seeds/ --json | jq -r '.timeline[] | [.date, .event] | @tsv'`,
  merge: `
Examples:
  $ ls corpus/*.txt | split -n r/2 - shard.       # two shards
  $ for s in shard.*; do nato-facts extract $(cat $s) --format ndjson > $s.ndjson & done; wait
  $ nato-facts merge shard.*.ndjson --json > corpus.json`,
};
