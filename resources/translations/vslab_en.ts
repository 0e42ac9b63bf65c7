<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchApiModeText</name>
    <message>
        <source>method %1 needs several calls in a row, which a batch API cannot chain; run this item without --via batch-api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item does not make exactly one call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds batches of provider %2 at %3, not %4 at %5: use the same --provider and --base-url, or another OUTPUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a partial last line (%1 bytes) from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 of batch %2 is no longer in %3; its result is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, %2 succeeded, %3 failed, %4 processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted batch %1 with %2 requests (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 collected (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vslab-cli: interrupted. The submitted batches keep running at %1; their ids are kept in %2. Rerun the same command to resume polling, or use --cancel %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 failed%3, %4 skipped, %5 already in %6; tokens in %7, out %8; %9 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rerun the same command to submit the failed, expired and cancelled items again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch state beside %1 (%2 does not exist): nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel requested. Rerun the same batch command to collect what finished and submit the rest again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, model %3; status as the provider reports it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, model %3; status as last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not collected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch state beside %1 (%2 does not exist): nothing was submitted with --via batch-api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vslab-cli: could not ask for the current status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchApiText</name>
    <message>
        <source>Cannot read the batch state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch state file %1 is not valid JSON (%2); remove it to submit the remaining items again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the batch state file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemini&apos;s batch mode is not supported by --via batch-api yet; use the concurrent mode (without --via), or OpenAI or Anthropic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no batch API that VS Lab can use; --via batch-api works with OpenAI (or a custom OpenAI-compatible server that offers /v1/batches) and Anthropic. Use the concurrent mode (without --via) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch expired before this request ran; rerun to submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch was cancelled before this request ran; rerun to submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request errored (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 expired before this request ran; rerun to submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 was cancelled before this request ran; rerun to submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 ended (%2) without a result for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; rerun to submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped polling; the batches keep running at %1. Rerun the same command to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload reply names no file id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not a batch object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOutput</name>
    <message>
        <source>cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot repair %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rewrite %1 without its error lines: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rewrite %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchReader</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prompt&quot; must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object has neither &quot;prompt&quot; nor &quot;messages&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown &quot;method&quot; &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;k&quot; must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tau_mode&quot; must be off, tail or filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a non-empty string or a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a list of {&quot;role&quot;, &quot;content&quot;} messages ending with a &quot;user&quot; message (use &quot;prompt&quot; otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages[%1] needs a &quot;role&quot; (system, user or assistant) and a string &quot;content&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message>
        <source>OUTPUT: the JSONL file results are appended to (required; a rerun skips the ids already in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in flight at once, 1-%1 (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N requests per minute (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N tokens per minute, input + output; a call is counted ahead as its prompt&apos;s characters / 4 + --max-tokens, corrected by the usage the provider reports (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write only {&quot;id&quot;,&quot;text&quot;} lines: one sampled answer per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress and no summary on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the end summary as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch-api: submit the items to the provider&apos;s batch API instead of calling it concurrently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch API: show the state of the batches behind OUTPUT, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch API: cancel the batches behind OUTPUT, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch API: first wait between polls in seconds, growing to 4× (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every line of INPUT (JSONL with &quot;prompt&quot; or &quot;messages&quot;, optional &quot;id&quot; and overrides; or plain text, one prompt per line) through the model and append one JSON line per item to OUTPUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input file; - reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--via must be batch-api or concurrent, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 1 to %1, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number greater than 0, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval must be a number of seconds greater than 0, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --status and --cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch needs exactly one INPUT file (- reads stdin); got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch needs -o OUTPUT, the JSONL file results are appended to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 running, %2/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ETA %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch: %1 done, %2 failed%3, %4 skipped; tokens in %5, out %6; %7 s%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (interrupted: rerun to finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch: removed a partial last line (%1 bytes) from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--via batch-api, --status and --cancel are not available in this build yet; run without them to call the provider concurrently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>The model gave no probability for this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model wrote “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalized sampling weight (all weights sum to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to the stated probability or text before weighting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by stated probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability the model stated, after repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling weight: stated probabilities normalized to sum to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the last batch of draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method asks for no probability; the weight is how often the model gave the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model gave no probability for this candidate; %1 was filled in to weigh it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The model gave this answer %n time(s) out of %1.</source>
        <translation>
            <numerusform>The model gave this answer %n time out of %1.</numerusform>
            <numerusform>The model gave this answer %n times out of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The model gave this answer %n time(s); repeats are merged.</source>
        <translation>
            <numerusform>The model gave this answer %n time; repeats are merged.</numerusform>
            <numerusform>The model gave this answer %n times; repeats are merged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampling weight: how often the model gave each answer, count / all answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the model gave this answer (repeats merged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartSvg</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers (count / all answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in or cut off: not stated by the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in: the model stated no probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed frequency (tick = weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ = %1 (probability filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ = %1 (tail instruction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS Lab distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: written by the offline demo model, not by a language model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample (seed %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; needs --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vslab-cli: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse one raw model reply (JSON, XML or a list with probabilities) into a distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (default), json, xml or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to parse; - or nothing reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be auto, json, xml or list, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse reads one reply; got %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply held no candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 characters, %2 candidates, %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: simulated by the offline demo model (no real LLM was called).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a model for a verbalized distribution and print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON line per candidate as it completes, then one line with the whole result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the messages (and JSON Schema) the first call would send, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save this run in the run history the GUI shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt; - reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --json and --jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs exactly one PROMPT (quote it; - reads stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vslab-cli: note: the run history is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the models a provider offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models takes no positional arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vslab-cli &lt;command&gt; [options]

Commands:
  generate PROMPT   ask a model for a verbalized distribution (PROMPT - reads stdin)
  parse [FILE|-]    parse one raw model reply into a distribution
  models            list the models a provider offers
  metrics [FILE|-]  diversity metrics of responses, one JSON line or string each
  compare PROMPT    direct vs VS: N responses per method, clusters, metrics, ratios
  history ACTION    list, search, show, delete, export or import saved runs
  batch INPUT -o OUTPUT  every prompt of a file through the model, resumable JSONL

Run &apos;vslab-cli &lt;command&gt; --help&apos; for the options of a command.
Exit codes: 0 ok, 2 bad arguments, 3 provider or network error, 4 no candidates, 130 interrupted.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareText</name>
    <message>
        <source>The prompt is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one method to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses per method must be between 1 and %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent calls must be between 1 and %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entropy (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUGE-L (mean F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lexical diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendi score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL from uniform (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3; about %4 responses per method, k = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls: %1, failed: %2, responses: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[stated %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[+%1 near-duplicates]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / direct (the paper: VS gives %2–%3× the diversity of direct prompting in creative writing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the paper&apos;s band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the paper&apos;s band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the paper&apos;s band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare prompting methods on one prompt: about N responses each (every candidate of every VS call counts), their clusters, diversity metrics and the ratio VS / direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses per method, 1-%1 (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per call of the methods that return several, %1-%2 (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated methods to compare (default direct,vs-standard): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in flight at once over all methods, 1-%1 (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature, 0-2 (default 0.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How candidates are asked for: json (default) or xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer set (one valid answer per line, aliases separated by |) for precision, coverage and kl_uniform; the demo packs&apos; sets are used for their prompts without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold clusters whose ROUGE-L F1 with a larger one is above F (0 to 1; default 0 = exact clusters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-n needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-k needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature needs a number between 0 and 2, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or xml, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--methods: unknown method &quot;%1&quot;; choose from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--merge must be a number from 0 to 1, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare needs exactly one PROMPT (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: simulated by the offline demo model (no real LLM was called).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vslab-cli: interrupted; what arrived is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vslab-cli: %1 of %2 calls failed; what arrived is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per call must be between 0 (automatic) and %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 answers in one call (%2); asked one answer per call instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave %1 of the %2 answers asked in one call; asked the rest one per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused token log-probabilities (%1); the calls went on without them, so there is no token-level view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server returned no token log-probabilities (Anthropic and some servers have none), so there is no token-level view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>methods[%1]: unknown method &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>methods[%1]: a response has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a VS Lab comparison (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comparison was saved by a newer VS Lab (version %1); update VS Lab to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison holds no method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History run %1 is not a comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the responses were embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings reply did not match the texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embeddings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total variation, stated vs observed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total variation, observed vs token-level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(0 = the two views agree exactly, 1 = they share no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url-for needs PROVIDER=URL with a known provider, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers one call of a one-answer method asks for (OpenAI-style n, Gemini candidateCount), 0-%1; 0 (default) = automatic where the provider has it, 1 = one call per answer. A server that refuses or ignores it is asked one answer per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add semantic_diversity: embeddings of the responses from model M of the same provider (OpenAI-compatible, Ollama or Gemini; not the demo model or Anthropic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the comparison on several models at once: PROVIDER:MODEL, comma-separated (everything after the first colon is the model, so ollama:llama3.2:3b works; PROVIDER is a preset such as openai, ollama, demo). Replaces --provider and --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --models: the server of one provider, PROVIDER=URL (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask direct calls for token log-probabilities (top %1 at each position): adds each direct cluster&apos;s token_probability, the first token&apos;s alternatives and the calibration distances. Anthropic has none; a server that refuses them is asked without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save this comparison in the run history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--answers-per-call needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--embeddings-model needs a model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vslab-cli: note: the run history is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCall</name>
    <message>
        <source>Demo model (%1): cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoModelListJob</name>
    <message>
        <source>Demo model: model listing cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPack</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported &quot;schema&quot; (this version reads schema 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;title&quot; is missing: it is the prompt the pack answers, e.g. &quot;Tell me a joke&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prompts&quot; must be a list of non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;alpha&quot; must be a number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be a non-empty list of {&quot;text&quot;: ..., &quot;p&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 has no &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 (&quot;%2&quot;) needs a positive number &quot;p&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 (&quot;%2&quot;) appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPackLibrary</name>
    <message>
        <source>%1: larger than 4 MiB, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message numerus="yes">
        <source>%n duplicate candidate(s) merged; their probabilities were summed.</source>
        <translation>
            <numerusform>%n duplicate candidate merged; its probability was added.</numerusform>
            <numerusform>%n duplicate candidates merged; their probabilities were summed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) had no probability; each was given the mean of the stated ones (%1).</source>
        <translation>
            <numerusform>%n candidate had no probability; it was given the mean of the stated ones (%1).</numerusform>
            <numerusform>%n candidates had no probability; each was given the mean of the stated ones (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The model gave %1 candidates; %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stated probabilities sum to %1, not 1; they were normalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kept candidate has probability 0; sampling uniformly instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a distribution: the &quot;items&quot; array is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no valid probability &quot;p&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item has probability 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 candidates reached τ = %2; τ was relaxed to %3 to keep the top %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) repeated an earlier one; merged and counted.</source>
        <translation>
            <numerusform>%n answer repeated an earlier one; merged and counted.</numerusform>
            <numerusform>%n answers repeated an earlier one; merged and counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The model stated no probability; every candidate was weighted equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The τ filter works on stated probabilities; this method states none, so every answer was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>τ = %1 (probability filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ = %1 (tail instruction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed frequency (tick = weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per candidate, most probable at the top. Up and Down select a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · observed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers (count / all answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in or cut off: not stated by the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in: the model stated no probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no probability stated (filled in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · weight %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filled in, not stated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, observed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistributionFileText</name>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds JSON but not a distribution: expected an object with &quot;items&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution in the file has no candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a distribution file (over 64 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a distribution VS Lab can open. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Markdown document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: VS Lab writes such files but cannot open them. It opens distributions saved as JSON (.json) by VS Lab or by the Python package verbalized-sampling (to_dict).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>The distribution was not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n candidate(s) to %1.</source>
        <translation>
            <numerusform>Exported %n candidate to %1.</numerusform>
            <numerusform>Exported %n candidates to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n candidate(s) from %1.</source>
        <translation>
            <numerusform>Opened %n candidate from %1.</numerusform>
            <numerusform>Opened %n candidates from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON distribution, reference package format (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS Lab opens distributions saved as JSON by VS Lab or by the Python package verbalized-sampling (to_dict).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there; it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the report of %n candidate(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HTML report, opens offline in any browser (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogsText</name>
    <message>
        <source>PNG size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice the on-screen size, for slides (%1 × %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height %1 px</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationFlags</name>
    <message>
        <source>Provider: %1 (default: demo, the offline demo model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name (default: the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server base URL (default: the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from environment variable VAR (for any provider, e.g. a secured vLLM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default vs-standard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of candidates, %1-%2 (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling temperature, 0-2 (default 0.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How candidates are asked for: json (default) or xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs-multi: candidates per turn (default 0 = about k/3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split k over N concurrent calls, 1-16 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ value, greater than 0 and at most 1 (default 0.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tail = τ goes into the prompt; filter = keep p ≥ τ after parsing; off (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter mode: keep at least this many candidates (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elicited (default), uniform or softmax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for sampling, 0 to 18446744073709551615 (default: random).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured output: auto (default), on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the whole reply instead of streaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when no byte arrives for S seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries on 408/409/429/5xx, 0-10 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token limit of the reply (default 8192).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest reply accepted, in MiB (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key-env: the environment variable &quot;%1&quot; is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method: unknown method &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-k needs a whole number between 1 and 100, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--temperature needs a number between 0 and 2, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json or xml, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-turn needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be between 1 and 16, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tau needs a number greater than 0 and at most 1, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tau-mode must be tail, filter or off, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tau has no effect while the τ mode is off: add --tau-mode tail (τ goes into the prompt) or --tau-mode filter (drop candidates below τ after parsing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-survivors needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weights must be elicited, uniform or softmax, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--structured must be auto, on or off, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retries needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens needs a whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reply-cap needs a whole number of MiB, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>%1. Temperature set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the model answer? Ctrl+Enter generates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;k (candidates):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of candidates k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many candidate answers to ask for (1–100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ goes into the prompt: the model is asked for answers whose probability is below τ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ never enters the prompt: candidates below τ are dropped after parsing, keeping at least the minimum number of survivors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tau mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. s&amp;urvivors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum survivors of the tau filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for sampling from the distribution; the same seed gives the same draws.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;ndom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model is asked to write its candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prov&amp;ider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model for a distribution (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the model; candidates received so far are kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elicited (as stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax of stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How stated probabilities become sampling weights (--weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per turn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS-Multi: candidates asked in each turn; 0 = about k/3 (--per-turn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split k over this many calls at once (--concurrency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to enforce the JSON Schema; automatic drops it when the server refuses (--structured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show candidates as they are written (off: --no-stream).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when no byte arrives for this long, also while waiting for the first one (--timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries on 408, 409, 429 and 5xx replies (--retries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest reply in tokens the model may write (--max-tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply cap (MiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply size cap in MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest reply accepted, in MiB (--reply-cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo s&amp;peed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom (slow, watch each bar arrive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realistic (about 40 tokens/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo model speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How fast the offline demo model writes its reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationSettings</name>
    <message>
        <source>k must be between %1 and %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ must be greater than 0 and at most 1 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum survivors must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature must be between 0 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per turn must be between 0 (automatic) and k = %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer, asked plainly: the collapsed baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct + CoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model reasons first, then gives one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k different answers as a list, without probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer per turn; each turn asks for another, different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS-Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k answers, each with the probability the model assigns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS-CoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model reasons first, then gives k answers with probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS-Multi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k answers with probabilities over several turns, a few per turn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiText</name>
    <message>
        <source>VS Lab: see and sample the distribution behind an LLM&apos;s answer. Generation flags are the same as vslab-cli generate&apos;s; they apply over the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate as soon as the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as a PNG once the run has finished (or at once without --run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after the run and screenshot (or once the window has painted); settings are not saved and the run is not added to the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save this session&apos;s runs in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After --run, draw n times and show the observed frequencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1400x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a dark palette (to check dark mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must look like 1400x900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply held no candidate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFileText</name>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; it is not a VS Lab history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>(no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run of %1: “%2”, %3, %4 %5, %n candidate(s)</source>
        <translation>
            <numerusform>Run of %1: “%2”, %3, %4 %5, %n candidate</numerusform>
            <numerusform>Run of %1: “%2”, %3, %4 %5, %n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>simulated by the offline demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter restores the selected run; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this run again: distribution, prompt and raw reply, without calling the model (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every saved run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved runs yet. Every run you generate is saved here, also cancelled and failed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saved run cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n saved run(s)? Their distributions and raw replies cannot be restored afterwards.</source>
        <translation>
            <numerusform>Delete the %n saved run? Its distribution and raw reply cannot be restored afterwards.</numerusform>
            <numerusform>Delete all %n saved runs? Their distributions and raw replies cannot be restored afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be brought back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 skipped (already in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson pack was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n run(s) as a lesson pack to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS Lab runs and lesson packs (*.json *.jsonl *.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lesson pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS Lab lesson pack (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only starred runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star or unstar the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this run from the history (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the run just deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add runs from a VS Lab JSON or JSONL file, a to_dict JSON file or a lesson pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the runs listed as a lesson pack that replays offline on another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved run matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The SQLite driver for Qt is missing (package libqt6sql6-sqlite); history is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the run to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer VS Lab (schema %2, this version reads up to %3); history is off and the file is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is damaged (%2) and could not be moved aside; history is off. Move or delete the file and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database was damaged (%1); it was moved to %2 and a new, empty history started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the history tables in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the history database %1 to this version: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N runs (default 50; 0 = all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs of this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs of this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs of this method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only starred runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs from this date on (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs up to this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database (default: the GUI&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: json, to_dict, csv, md, html, svg, png or pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the file to write (- = standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export --format pack: the lesson&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date like 2026-01-31, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run with id &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (%2), %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated by the offline demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compare run exports as json or pack only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be json, to_dict, csv, md, html, svg, png or pack, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 holds one run; give one ID, or use json, html or pack for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format %1 cannot be drawn here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs at least one run ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --format F and -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>vslab-cli: wrote %n run(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>import needs at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 skipped (already in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs at least one run ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>vslab-cli: deleted %n run(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List, search, show, delete, export and import saved runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, search, show, delete, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown history action &quot;%1&quot;; use list, search, show, delete, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number ≥ 0, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the TEXT to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no TEXT; use search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one run ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>VS Lab report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>VS Lab report: %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Made by VS Lab %1 on %2. This file loads nothing from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated shows only probabilities the model wrote; — marks a value VS Lab filled in or an answer it counted. Hatched bars and rows were not stated by the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by the offline demo model, not by a language model. The candidates and numbers show how VS Lab works; they say nothing about any real model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 input tokens, %2 output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This method states no probabilities: each weight is how often the model gave the answer, out of %n answer(s).</source>
        <translation type="unfinished">
            <numerusform>This method states no probabilities: each weight is how often the model gave the answer, out of %n answer.</numerusform>
            <numerusform>This method states no probabilities: each weight is how often the model gave the answer, out of %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) came without a probability; VS Lab filled one in to weigh them (Stated shows —, repairs say missing).</source>
        <translation type="unfinished">
            <numerusform>%n candidate came without a probability; VS Lab filled one in to weigh it (Stated shows —, repairs say missing).</numerusform>
            <numerusform>%n candidates came without a probability; VS Lab filled one in to weigh them (Stated shows —, repairs say missing).</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUGE-L (mean pairwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lexical diversity (1 − ROUGE-L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendi score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL to uniform (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabClusterBars</name>
    <message>
        <source>Answer clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated probability (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · stated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabWindow</name>
    <message>
        <source>&amp;Typicality bias α = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode-collapse lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;N responses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses per method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this many responses per method; a VS call gives k of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per VS call (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncurrent calls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-d&amp;uplicate ROUGE-L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate ROUGE-L threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers whose ROUGE-L F1 is above this count as one cluster; 0 = exact matches only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer set file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: one answer per line, aliases separated by |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For precision, coverage and KL to uniform; the demo prompts bring their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for an answer set file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every chosen method for about N responses (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every call and keep what arrived (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lassroom mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large type, high contrast, one chart at a time, predict then reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls done of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typicality bias alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo model: how strongly alignment sharpens the base distribution (0 = none). Moving it re-runs direct sampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our &amp;guess for the most common answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess for the most common answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distinct answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess for the number of distinct answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guesses and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics per method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (arXiv 2510.01171): in creative writing, VS reaches 1.6–2.1× the diversity of direct prompting. Hover a metric for its definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper&apos;s ratio band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the columns show what arrived before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed calls: %1; each column says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated by the offline demo model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — responses: %2, distinct: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1 done, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1 done, none failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed calls of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until Reveal: enter the class&apos;s guesses first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS / direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the paper&apos;s 1.6–2.1× band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the paper&apos;s 1.6–2.1× band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the paper&apos;s 1.6–2.1× band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.6–2.1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS / direct diversity in the paper&apos;s creative-writing experiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chart yet: press Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict first: what will the model answer most often, and how many different answers will come? Then press Reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: most common “%1”, %2 of %3; distinct answers: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your guess: “%1”, distinct answers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most common answer was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most common answer was different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the offline demo model has a typicality bias to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — simulated by the offline demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embeddings model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: e.g. text-embedding-3-small (not for the demo model or Anthropic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds semantic diversity: the responses are embedded by this model of the same provider after the calls are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Three views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show stated, observed and token-level probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated (VS), observed (direct) and token-level probabilities per answer on one chart, with a calibration scatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;probabilities (direct calls; OpenAI-compatible and Gemini servers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for token probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct calls ask for the model&apos;s token log-probabilities, for the token-level view; a server that refuses them is asked without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 calls; embedding the responses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic diversity not computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with notes: hover to read them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPack</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: not a lesson pack (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: &quot;version&quot; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: this lesson pack needs a newer VS Lab (pack version %1, this one reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: &quot;runs&quot; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VS Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered</source>
        <translation>
            <numerusform>%n model offered</numerusform>
            <numerusform>%n models offered</numerusform>
        </translation>
    </message>
    <message>
        <source>Sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history is off for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history is off, so runs are not saved; everything else works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodChecks</name>
    <message>
        <source>Methods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n: every response of the method; each candidate of a VS call counts as one response, as the paper counts them (6 calls × k = 5 = 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique: the number of different answers after normalization (NFKC, lower case, whitespace folded, trailing .!?。！？… dropped). Higher = more diverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entropy_bits: Shannon entropy of the exact-match clusters&apos; shares of the responses. 0 = one answer every time. Higher = more diverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct_1: different words / all words over every response (corpus level, Li et al. 2016). Higher = more diverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct_2: different word pairs / all word pairs over every response; pairs never span two responses. Higher = more diverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct_3: different word triples / all word triples over every response. Higher = more diverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUGE-L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rouge_l: mean pairwise ROUGE-L F1 (longest common subsequence of whitespace tokens) over all pairs of responses. Lower = more diverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lexical diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lexical_diversity: 1 − mean pairwise ROUGE-L F1. Higher = more diverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendi score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendi: the effective number of different responses — exp of the entropy of the eigenvalues of the similarity matrix (cosine of word unigram + bigram counts) divided by n. From 1 (all alike) to n (nothing shared).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision (with an answer set): responses that are valid answers / n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage (with an answer set): different valid answers given / answers in the set. Higher = more of the possible answers reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL to uniform (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kl_uniform (with an answer set): KL(observed ‖ uniform over the valid answers) in nats. 0 = every valid answer equally often. Lower = more even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semantic diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic_diversity (with an embeddings model): 100 × the mean over pairs of 1 − cosine similarity (clipped to 0–1) of the responses&apos; embeddings, from the provider&apos;s embeddings endpoint. Higher = more diverse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <source>%1:%2: &quot;%3&quot; is already an alias of &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: the line names no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the object has no &quot;text&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;text&quot; field or a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entropy (bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUGE-L (mean F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lexical diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendi score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL from uniform (nats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- (no valid response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n near-duplicate(s)</source>
        <translation>
            <numerusform>+%n near-duplicate</numerusform>
            <numerusform>+%n near-duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more cluster(s)</source>
        <translation>
            <numerusform>… and %n more cluster</numerusform>
            <numerusform>… and %n more clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>Diversity metrics of responses you already have: one per line, a JSON object with a &quot;text&quot; field or a JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer set: one valid answer per line, aliases separated by |; adds precision, coverage and kl_uniform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the table, fold clusters whose ROUGE-L F1 with a larger one is above F (0 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responses; - or nothing reads stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics reads one file; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--merge must be a number from 0 to 1, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 holds no response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semantic diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add semantic_diversity: 100 x the mean pairwise cosine distance of the responses&apos; embeddings from model M of --provider (OpenAI-compatible, Ollama or Gemini; not the demo model). Each distinct text is sent once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --embeddings-model: the provider that embeds: %1 (default: demo, which has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --embeddings-model: the server base URL (default: the preset&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --embeddings-model: read the API key from environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--embeddings-model needs a model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is only used with --embeddings-model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider: unknown provider &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-key-env: the environment variable &quot;%1&quot; is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSpec</name>
    <message>
        <source>unknown provider &quot;%1&quot; in &quot;%2&quot;; choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a model after the colon, e.g. %2:MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one PROVIDER:MODEL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsWindow</name>
    <message>
        <source>Models side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER:MODEL, comma-separated, e.g. openai:gpt-4o-mini, ollama:llama3.2:3b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated PROVIDER:MODEL pairs; everything after the first colon is the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;N responses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses per method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this many responses per method and model; a VS call gives k of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates per VS call (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oncurrent calls per model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent calls per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every model for about N responses per method, all models at once (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every call and keep what arrived (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls done over all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls done of total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per model and method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics per model and method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the first call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — simulated by the offline demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls done, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls done, none failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chart on one scale: a full-width bar is %1% of a cell&apos;s responses (or of its stated probability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS / direct for this model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS / direct: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first VS method&apos;s value divided by direct&apos;s, per model. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the providers&apos; keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 calls over all models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the cells show what arrived before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models with failed calls: %1; each cell says which (hover for the error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderError</name>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused an insecure redirect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model list is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no &quot;choices&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream held no completion chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs not loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set, so nothing was sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected by %1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no model list at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; or its endpoint was not found by %2 (%3) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited by %1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your quota or credit at %1 is used up (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is overloaded (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server error (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the request (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an error in the middle of the reply at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text received so far is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 was not found (DNS lookup failed) for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the reply was complete at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data from %1 for %2 s at %3, so the call was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 took longer than %2 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 exceeded the size cap of %2 and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked the reply for safety reasons (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rephrase the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable reply from %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled the call to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>ends a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo model (demo://offline) found no scenario packs: the built-in packs are missing from this build and %1 holds none. Choose a real provider (--provider, or the Provider list in the window; its API key goes in File → Providers…), or add a pack to that folder: a .json file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo model (demo://offline) has no scenario pack for “%1”. It answers only these prompts:%2
Use one of them, add a pack to %3 (a .json file %4), or choose a real provider to ask anything (--provider, or the Provider list in the window; its API key goes in File → Providers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured output is on; turn it off or to automatic for this server (--structured auto, or Advanced → Structured output → Automatic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it in File → Providers…, or name the environment variable that holds it with --api-key-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it in File → Providers… or in %1 (--api-key-env names another variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key in File → Providers…, or in the variable --api-key-env names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the key in File → Providers…, in %1, or in the variable --api-key-env names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL (--base-url, or File → Providers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model the server offers (--model, or the Model list in the window) and check the base URL (--base-url, or File → Providers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and try again, or make fewer calls at once (--concurrency, or Advanced → Concurrent calls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your plan and billing details with the provider; retrying will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment, or allow more retries (--retries, or Advanced → Retries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the server running, and is the base URL right (--base-url, or File → Providers…)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL (--base-url, or File → Providers…) and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check http:// versus https:// in the base URL (--base-url, or File → Providers…), and the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, or raise the timeout for a slow server (--timeout, or Advanced → Timeout (s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model list is far smaller: check the base URL (--base-url, or File → Providers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for fewer candidates or tokens (-k, --max-tokens; in the window, k and Advanced → Token limit), or raise the reply size cap (--reply-cap, or Advanced → Reply cap (MiB)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no base URL is set. Enter the server&apos;s URL (--base-url, or File → Providers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid base URL. Give one like http(s)://host[:port]/… (--base-url, or File → Providers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the base URL %2 must start with http:// or https:// (--base-url, or File → Providers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo model has no embeddings, so semantic diversity cannot be computed. Choose a provider with an embeddings endpoint (OpenAI-compatible, Ollama or Gemini), e.g. --provider ollama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no embeddings endpoint, so semantic diversity cannot be computed. Choose an OpenAI-compatible, Ollama or Gemini provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no embeddings model is set (--embeddings-model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings reply has a missing or repeated index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings reply holds %1 vectors for %2 texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings reply holds an empty or unreadable vector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedding went missing from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderNote</name>
    <message>
        <source>Temperature %1 was capped at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic models accept temperatures from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated by the offline demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected structured output (HTTP %1: %2); retried without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reasoning model; it runs at its fixed default temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a reasoning model: temperature %2 was not sent (it runs at its fixed default), and the token limit went as max_completion_tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPreset</name>
    <message>
        <source>Demo model (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (OpenAI-compatible)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; needs a base URL (--base-url, or File → Providers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key of %1 from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in the system keychain; it is kept for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the key from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Chat requests go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo model needs no key and no network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the environment variable %1; it takes precedence over the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key will be removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be saved in the system keychain (never in the settings file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet. It will be kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider usually needs no key (local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Connected: %n model available.</numerusform>
            <numerusform>Connected: %n models available.</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where VS Lab sends prompts. Keys are kept in the system keychain or read from environment variables; they are never written to the settings file or shown in logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <source>── Call %1 ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── Reply %1 ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages preview (not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw reply, as it streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse result, usage and latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a prompt to see the messages that will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parse result appears when the reply is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: cancelled; the candidates received so far were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: %1 kept, %2 filtered out by τ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ was relaxed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parse error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 input tokens, %2 output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: not reported by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Latency: %1 ms over %n call(s)</source>
        <translation>
            <numerusform>Latency: %1 ms over %n call</numerusform>
            <numerusform>Latency: %1 ms over %n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated (offline demo model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasoning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates as parsed (stated → weight):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counted %n answer(s); the method states no probabilities</source>
        <translation>
            <numerusform>Counted %n answer; the method states no probabilities</numerusform>
            <numerusform>Counted %n answers; the method states no probabilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stated probabilities (%n written by the model) sum to %1</source>
        <translation>
            <numerusform>Stated probabilities (%n written by the model) sum to %1</numerusform>
            <numerusform>Stated probabilities (%n written by the model) sum to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The model stated no probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entropy of the weights: %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseParser</name>
    <message>
        <source>unexpected “%1” at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off before its first candidate was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply looks like JSON but could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON reply&apos;s &quot;responses&quot; list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n item(s) in the JSON &quot;responses&quot; list has a &quot;text&quot;.</source>
        <translation>
            <numerusform>The %n item in the JSON &quot;responses&quot; list has no &quot;text&quot;.</numerusform>
            <numerusform>None of the %n items in the JSON &quot;responses&quot; list has a &quot;text&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The JSON reply has no &quot;responses&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n &lt;response&gt; element(s) in the XML reply has a &lt;text&gt;.</source>
        <translation>
            <numerusform>The %n &lt;response&gt; element in the XML reply has no &lt;text&gt;.</numerusform>
            <numerusform>None of the %n &lt;response&gt; elements in the XML reply has a &lt;text&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The XML reply has a &lt;reasoning&gt; but no &lt;response&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML reply has no &lt;response&gt; elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates found: the reply is not in the JSON or XML format asked for and has no list with probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off; its last candidate is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off inside a candidate that had no text yet; it was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reply was not in the JSON or XML format asked for; %n candidate(s) were read from a plain list instead.</source>
        <translation>
            <numerusform>The reply was not in the JSON or XML format asked for; %n candidate was read from a plain list instead.</numerusform>
            <numerusform>The reply was not in the JSON or XML format asked for; %n candidates were read from a plain list instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPane</name>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entropy %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated probabilities sum to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n below τ dropped</source>
        <translation>
            <numerusform>%n below τ dropped</numerusform>
            <numerusform>%n below τ dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>τ relaxed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the history (run of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” · %2, k = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No distribution yet: type a prompt and press Generate (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated (offline demo model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distri&amp;bution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo model imitates a chat model; no real model is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will call %1 · model %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from $%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key set for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key (File → Providers…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s).</source>
        <translation>
            <numerusform>Copied %n candidate.</numerusform>
            <numerusform>Copied %n candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s) as TSV.</source>
        <translation>
            <numerusform>Copied %n candidate as TSV.</numerusform>
            <numerusform>Copied %n candidates as TSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s) as Markdown.</source>
        <translation>
            <numerusform>Copied %n candidate as Markdown.</numerusform>
            <numerusform>Copied %n candidates as Markdown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) counted; this method states no probabilities</source>
        <translation>
            <numerusform>%n answer counted; this method states no probabilities</numerusform>
            <numerusform>%n answers counted; this method states no probabilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n probability(ies) filled in, not stated</source>
        <translation>
            <numerusform>%n probability filled in, not stated</numerusform>
            <numerusform>%n probabilities filled in, not stated</numerusform>
        </translation>
    </message>
    <message>
        <source>the model stated no probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate table columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>The prompt is empty: type what the model should answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrency must be between 1 and 16 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply held no candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per call must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunArchiveText</name>
    <message>
        <source>The saved run cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 has no &quot;text&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;run&quot; or &quot;compare&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;distribution&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;uid&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;candidates&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message numerus="yes">
        <source>Cancelled. %n candidate(s) received so far are kept (partial).</source>
        <translation>
            <numerusform>Cancelled. %n candidate received so far is kept (partial).</numerusform>
            <numerusform>Cancelled. %n candidates received so far are kept (partial).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n candidate(s) received before the error are kept as a partial distribution; an incomplete last candidate is never drawn.</source>
        <translation>
            <numerusform>The %n candidate received before the error is kept as a partial distribution; an incomplete last candidate is never drawn.</numerusform>
            <numerusform>The %n candidates received before the error are kept as a partial distribution; an incomplete last candidate is never drawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidate arrived before the error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply held no candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raw reply is in the Raw tab (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply needed attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Raw tab lists %n more note(s) that follow from the reply being cut off.</source>
        <translation>
            <numerusform>The Raw tab lists %n more note that follows from the reply being cut off.</numerusform>
            <numerusform>The Raw tab lists %n more notes that follow from the reply being cut off.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Candidates received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating… %1 s · %2 characters received · %3 of %4 candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Ctrl+Enter generates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplingPanel</name>
    <message>
        <source>Next draw uses seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a distribution, then draw from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 draws with seed %2: most frequent is this one, %3 of the draws (weight %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw #%1 with seed %2: candidate %3 (weight %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 ×%2 (seed %3): top %4 “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (seed %2): “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample from the distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one candidate by the weights with the current seed (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample one candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample ×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw many times and show how often each candidate came up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of draws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the model again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear draw history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── new distribution ──</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The run history is off for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it, before restoring another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run could not be deleted from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run could not be saved in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress: wait for it or cancel it (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a prompt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no distribution to export yet: generate one or open a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the run to finish, or cancel it, before opening a distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comparison could not be saved in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a run saved in the history can have starred candidates (the history is off, or this distribution came from a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The star could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextExportText</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS Lab distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: written by the offline demo model, not by a language model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This method states no probabilities: each weight is how often the model gave the answer, out of %n answer(s).</source>
        <translation>
            <numerusform>This method states no probabilities: each weight is how often the model gave the answer, out of %n answer.</numerusform>
            <numerusform>This method states no probabilities: each weight is how often the model gave the answer, out of %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) came without a probability; VS Lab filled one in to weigh them (Stated shows —, repairs say missing).</source>
        <translation>
            <numerusform>%n candidate came without a probability; VS Lab filled one in to weigh it (Stated shows —, repairs say missing).</numerusform>
            <numerusform>%n candidates came without a probability; VS Lab filled one in to weigh them (Stated shows —, repairs say missing).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreeViewsWindow</name>
    <message>
        <source>Calibration summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two views tell different stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total variation, stated vs observed: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stated view: run a VS method next to direct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total variation, observed vs token-level: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token-level view: tick &quot;Token probabilities&quot; in the lab, on a provider that returns them (not Anthropic or the demo model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means the two distributions are the same, 1 that they share no answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three views of one distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated (VS, pooled over calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed (direct calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token-level (normalized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfect calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration: stated vs observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated, observed and token-level probability per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration scatter: stated against observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token of the first direct answer, with its competitors: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportText</name>
    <message>
        <source>%1 must be between %2 and %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply size cap in MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VsIntroDialog</name>
    <message>
        <source>What is Verbalized Sampling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned chat models collapse onto a few typical answers: ask one for a joke five times and you often get the same joke five times. This is mode collapse; the paper traces it to preference data that rewards familiar text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbalized Sampling asks the model to verbalize a distribution instead: k candidate answers, each with a probability. Listing them makes the model name the alternatives it knows, and the program then samples one answer from that stated distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the paper found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative writing: diversity 1.6–2.1× that of direct prompting; human-rated diversity +25.7%; 66.8% of the base model&apos;s diversity recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human diversity ratings (1–4), direct / sequence / VS: poem 1.90 / 2.07 / 2.39; story 2.74 / 2.76 / 3.06; joke 1.83 / 2.93 / 3.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Name a US state”: Claude-4-Sonnet says “California” in 95 of 100 direct samples; with VS it is 5 of 100 and 20 states are covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, arXiv 2510.01171.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ (tau): two meanings, always named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ is not used: every candidate is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tail instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ goes into the prompt: the model is asked for answers from the tails of its distribution, each less probable than τ. A smaller τ asks for more unusual answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>τ never enters the prompt: after the reply, candidates stated below τ are dropped. When too few survive, the most probable are kept and the chart says τ was relaxed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to VS Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a chat model for a joke five times and you often get the same joke five times: this is mode collapse. Verbalized Sampling (VS) asks instead for k answers, each with a probability, and samples from that distribution. VS Lab shows the distribution and lets you sample from it; the offline demo model works without an account or a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo model with one of the prompts it knows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome panel (Help → Show welcome brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the welcome panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the offline demo model “%1” and show its distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open distribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a distribution saved as JSON, by VS Lab or the Python package, to sample from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export distribution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the distribution shown as JSON, CSV or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the saved runs (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear run history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all as &amp;TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample &amp;many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear draw history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About VS Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About VS Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VS Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for Verbalized Sampling (arXiv 2510.01171): ask a model for k answers with probabilities, see the distribution, sample from it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What is Verbalized Sampling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the welcome panel with the demo model&apos;s prompts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode-&amp;collapse lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare direct prompting with Verbalized Sampling over many responses (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same prompt and methods on several models at once (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star or unstar the selected candidates of this saved run (Ctrl+B); the run history keeps the stars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
