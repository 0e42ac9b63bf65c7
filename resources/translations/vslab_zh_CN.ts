<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Distribution</name>
    <message numerus="yes">
        <source>%n duplicate candidate(s) merged; their probabilities were summed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) had no probability; each was given the mean of the stated ones (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>Fewer than %1 candidates reached τ = %2; τ was relaxed to %3 to keep the top %1.</source>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VS Lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct + CoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS-Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS-CoT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VS-Multi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer, asked plainly: the collapsed baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model reasons first, then gives one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k different answers as a list, without probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer per turn; each turn asks for another, different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k answers, each with the probability the model assigns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model reasons first, then gives k answers with probabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k answers with probabilities over several turns, a few per turn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
