<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>partial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model gave no probability for this candidate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model wrote “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Normalized sampling weight (all weights sum to 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was done to the stated probability or text before weighting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rank by stated probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability the model stated, after repairs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sampling weight: stated probabilities normalized to sum to 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the last batch of draws</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>τ = %1 (probability filter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>τ = %1 (tail instruction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stated probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Observed frequency (tick = weight)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distribution chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One bar per candidate, most probable at the top. Up and Down select a candidate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 · stated %2 · weight %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · observed %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GenerationPanel</name>
    <message>
        <source>%1 Temperature set to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What should the model answer? Ctrl+Enter generates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;k (candidates):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of candidates k</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many candidate answers to ask for (1–100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tail instruction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Probability filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>τ is not used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>τ goes into the prompt: the model is asked for answers whose probability is below τ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>τ never enters the prompt: candidates below τ are dropped after parsing, keeping at least the minimum number of survivors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>τ mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tau mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>τ:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min. s&amp;urvivors:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum survivors of the tau filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed for sampling from the distribution; the same seed gives the same draws.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ra&amp;ndom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form&amp;at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the model is asked to write its candidates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prov&amp;ider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>model name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Providers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configure providers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the model for a distribution (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the model; candidates received so far are kept (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About VS Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;VS Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A workbench for Verbalized Sampling (arXiv 2510.01171): ask a model for k answers with probabilities, see the distribution, sample from it.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VS Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy all as &amp;TSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy all as &amp;Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample &amp;many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear draw history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Raw view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About VS Lab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distri&amp;bution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulated (offline demo model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline demo model imitates a chat model; no real model is called.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready. Ctrl+Enter generates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the key from the system keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fetching the model list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not list models: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n model(s) offered</source>
        <translation>
            <numerusform>%n model offered</numerusform><numerusform>%n models offered</numerusform></translation>
    </message>
    <message>
        <source>No provider selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will call %1 · model %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key from $%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key from the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key set for this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no API key (File → Providers…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remove the key from the system keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key could not be saved in the system keychain; it is kept for this session only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a prompt first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No provider is selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating… %1 s · %2 characters received · %3 of %4 candidates</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cancelled. %n candidate(s) received so far are kept (partial).</source>
        <translation>
            <numerusform>Cancelled. %n candidate received so far is kept (partial).</numerusform><numerusform>Cancelled. %n candidates received so far are kept (partial).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n candidate(s) received before the error are kept as a partial distribution.</source>
        <translation>
            <numerusform>The candidate received before the error is kept as a partial distribution.</numerusform><numerusform>The %n candidates received before the error are kept as a partial distribution.</numerusform></translation>
    </message>
    <message>
        <source>No candidate arrived before the error.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The raw reply is in the Raw tab (Ctrl+2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply held no candidate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply needed attention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled after %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed after %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform><numerusform>%n candidates</numerusform></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in / %2 out tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No distribution yet: type a prompt and press Generate (Ctrl+Enter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” · %2, k = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entropy %1 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stated probabilities sum to %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n below τ dropped</source>
        <translation>
            <numerusform>%n below τ dropped</numerusform><numerusform>%n below τ dropped</numerusform></translation>
    </message>
    <message>
        <source>τ relaxed to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receiving…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s).</source>
        <translation>
            <numerusform>Copied %n candidate.</numerusform><numerusform>Copied %n candidates.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s) as TSV.</source>
        <translation>
            <numerusform>Copied %n candidate as TSV.</numerusform><numerusform>Copied %n candidates as TSV.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n candidate(s) as Markdown.</source>
        <translation>
            <numerusform>Copied %n candidate as Markdown.</numerusform><numerusform>Copied %n candidates as Markdown.</numerusform></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Chat requests go to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline demo model needs no key and no network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Using the environment variable %1; it takes precedence over the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from $%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored key will be removed from the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key will be saved in the system keychain (never in the settings file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key is stored in the system keychain. Type a new one to replace it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key yet. It will be kept in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This provider usually needs no key (local server).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can also set %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connected: %n model(s) available.</source>
        <translation>
            <numerusform>Connected: %n model available.</numerusform><numerusform>Connected: %n models available.</numerusform></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where VS Lab sends prompts. Keys are kept in the system keychain or read from environment variables; they are never written to the settings file or shown in logs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider preset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the stored API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <source>── Call %1 ──</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>── Reply %1 ──</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages preview (not sent yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raw reply, as it streamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parse result, usage and latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Raw reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parse result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a prompt to see the messages that will be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parse result appears when the reply is complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: cancelled; the candidates received so far were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: failed (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates: %1 kept, %2 filtered out by τ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stated probabilities sum to %1; entropy of the weights %2 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>τ was relaxed to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parse error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: %1 input tokens, %2 output tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: not reported by the provider</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Latency: %1 ms over %n call(s)</source>
        <translation>
            <numerusform>Latency: %1 ms over %n call</numerusform><numerusform>Latency: %1 ms over %n calls</numerusform></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulated (offline demo model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasoning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Candidates as parsed (stated → weight):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(partial)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SamplingPanel</name>
    <message>
        <source>Next draw uses seed %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a distribution, then draw from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 draws with seed %2: most frequent is this one, %3 of the draws (weight %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw #%1 with seed %2: candidate %3 (weight %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 ×%2 (seed %3): top %4 “%5”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 (seed %2): “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample from the distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw one candidate by the weights with the current seed (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample one candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample ×%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw many times and show how often each candidate came up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample many times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of draws</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the model again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw histor&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear draw history</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>VS Lab: see and sample the distribution behind an LLM's answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider preset (demo, openai, ollama, …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prompt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direct, direct-cot, sequence, multi-turn, vs-standard, vs-cot, vs-multi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of candidates (1-100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>τ value (used when a τ mode is chosen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>off, tail or filter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed for sampling (default: random).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate as soon as the window opens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the window as a PNG once the run has finished (or at once without --run).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit after the run and screenshot (or once the window has painted); settings are not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After --run, draw n times and show the observed frequencies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window size, e.g. 1400x900.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a dark palette (to check dark mode).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected argument: %1 (see --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown provider "%1" (see --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown method "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-k needs a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tau needs a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tau-mode must be off, tail or filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--temperature needs a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size must look like 1400x900</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sample needs a positive whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not write the screenshot to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run did not complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reply held no candidate</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>