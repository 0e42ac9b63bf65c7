// SPDX-License-Identifier: Apache-2.0
#include "GenerationPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace {
void addLabelledRow(QFormLayout *form, QWidget *field)
{
    // The label text is set by retranslateUi(); the buddy gives its mnemonic a target.
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}
QLabel *makeNote(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}
} // namespace

GenerationPanel::GenerationPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("generationPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_promptLabel = new QLabel(this);
    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(QStringLiteral("promptEdit"));
    // Tab moves focus so the whole window stays reachable from the keyboard.
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMinimumHeight(60);
    m_promptLabel->setBuddy(m_prompt);
    layout->addWidget(m_promptLabel);
    layout->addWidget(m_prompt, 1);

    m_settingsGroup = new QGroupBox(this);
    m_form = new QFormLayout(m_settingsGroup);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_method = new QComboBox(m_settingsGroup);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (Method m : Names::allMethods())
        m_method->addItem(QString(), int(m));
    m_methodDescription = makeNote(m_settingsGroup, QStringLiteral("methodDescription"));
    addLabelledRow(m_form, m_method);
    m_form->addRow(m_methodDescription);

    m_k = new QSpinBox(m_settingsGroup);
    m_k->setObjectName(QStringLiteral("kSpin"));
    m_k->setRange(GenerationSettings::kMin, GenerationSettings::kMax);
    addLabelledRow(m_form, m_k);

    m_tauMode = new QComboBox(m_settingsGroup);
    m_tauMode->setObjectName(QStringLiteral("tauModeCombo"));
    for (TauMode t : {TauMode::Off, TauMode::Tail, TauMode::Filter})
        m_tauMode->addItem(QString(), int(t));
    m_tauModeDescription = makeNote(m_settingsGroup, QStringLiteral("tauModeDescription"));
    addLabelledRow(m_form, m_tauMode);
    m_form->addRow(m_tauModeDescription);

    m_tau = new QDoubleSpinBox(m_settingsGroup);
    m_tau->setObjectName(QStringLiteral("tauSpin"));
    m_tau->setRange(0.01, 1.0);
    m_tau->setSingleStep(0.01);
    m_tau->setDecimals(2);
    m_minSurvivors = new QSpinBox(m_settingsGroup);
    m_minSurvivors->setObjectName(QStringLiteral("minSurvivorsSpin"));
    m_minSurvivors->setRange(1, GenerationSettings::kMax);
    addLabelledRow(m_form, m_tau);
    addLabelledRow(m_form, m_minSurvivors);

    m_temperature = new QDoubleSpinBox(m_settingsGroup);
    m_temperature->setObjectName(QStringLiteral("temperatureSpin"));
    m_temperature->setRange(0.0, GenerationSettings::temperatureMax);
    m_temperature->setSingleStep(0.05);
    m_temperature->setDecimals(2);
    m_temperatureNote = makeNote(m_settingsGroup, QStringLiteral("temperatureNote"));
    m_temperatureNote->hide();
    addLabelledRow(m_form, m_temperature);
    m_form->addRow(m_temperatureNote);

    auto *seedRow = new QWidget(m_settingsGroup);
    auto *seedLayout = new QHBoxLayout(seedRow);
    seedLayout->setContentsMargins(0, 0, 0, 0);
    m_seed = new QLineEdit(seedRow);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    // Every 64-bit seed can be typed: history, files and the CLI keep them exactly.
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,20}")), m_seed));
    m_seed->setText(QStringLiteral("0"));
    m_randomSeed = new QCheckBox(seedRow);
    m_randomSeed->setObjectName(QStringLiteral("randomSeedCheck"));
    seedLayout->addWidget(m_seed, 1);
    seedLayout->addWidget(m_randomSeed);
    addLabelledRow(m_form, seedRow);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(seedRow)))
        label->setBuddy(m_seed);

    m_format = new QComboBox(m_settingsGroup);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(QStringLiteral("JSON"), int(OutputFormat::Json));
    m_format->addItem(QStringLiteral("XML"), int(OutputFormat::Xml));
    addLabelledRow(m_form, m_format);
    buildAdvanced(m_settingsGroup);
    layout->addWidget(m_settingsGroup);

    m_modelGroup = new QGroupBox(this);
    m_modelForm = new QFormLayout(m_modelGroup);
    m_modelForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_provider = new QComboBox(m_modelGroup);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_model = new QComboBox(m_modelGroup);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(12);
    m_modelNote = makeNote(m_modelGroup, QStringLiteral("modelNote"));
    m_providersButton = new QPushButton(m_modelGroup);
    m_providersButton->setObjectName(QStringLiteral("providersButton"));
    addLabelledRow(m_modelForm, m_provider);
    addLabelledRow(m_modelForm, m_model);
    m_demoSpeed = new QComboBox(m_modelGroup);
    m_demoSpeed->setObjectName(QStringLiteral("demoSpeedCombo"));
    m_demoSpeed->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_demoSpeed->setMinimumContentsLength(12);
    // Instant for trying things, slow enough in class to watch each bar arrive, or a real model's pace.
    for (const double tps : {0.0, 12.0, 40.0})
        m_demoSpeed->addItem(QString(), tps);
    addLabelledRow(m_modelForm, m_demoSpeed);
    m_modelForm->addRow(m_modelNote);
    m_modelForm->addRow(m_providersButton);
    layout->addWidget(m_modelGroup);

    m_actionRow = new QWidget; // placed by the window, below the scroll area
    auto *buttons = new QHBoxLayout(m_actionRow);
    buttons->setContentsMargins(6, 4, 6, 4);
    m_generate = new QPushButton(m_actionRow);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_cancel = new QPushButton(m_actionRow);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_generate, 1);
    buttons->addWidget(m_cancel);

    connect(m_prompt, &QPlainTextEdit::textChanged, this, &GenerationPanel::promptChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &GenerationPanel::onMethodChanged);
    connect(m_tauMode, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        retranslateUi();
        if (!m_updating)
            Q_EMIT settingsChanged();
    });
    for (QSpinBox *spin : {m_k, m_minSurvivors, m_perTurn, m_concurrency, m_retries, m_maxTokens, m_replyCap})
        connect(spin, &QSpinBox::valueChanged, this, &GenerationPanel::changed);
    for (QDoubleSpinBox *spin : {m_tau, m_temperature, m_timeout})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &GenerationPanel::changed);
    connect(m_seed, &QLineEdit::textChanged, this, &GenerationPanel::changed);
    for (QComboBox *combo : {m_weights, m_structured})
        connect(combo, &QComboBox::currentIndexChanged, this, &GenerationPanel::changed);
    connect(m_stream, &QCheckBox::toggled, this, &GenerationPanel::changed);
    connect(m_demoSpeed, &QComboBox::currentIndexChanged, this, &GenerationPanel::changed);
    connect(m_randomSeed, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        if (!m_updating)
            Q_EMIT settingsChanged();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT settingsChanged();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT providerChanged(providerId());
    });
    connect(m_model, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_updating)
            Q_EMIT modelChanged(text.trimmed());
    });
    connect(m_providersButton, &QPushButton::clicked, this, &GenerationPanel::providersDialogRequested);
    connect(m_generate, &QPushButton::clicked, this, &GenerationPanel::generateRequested);
    connect(m_cancel, &QPushButton::clicked, this, &GenerationPanel::cancelRequested);

    setSettings(GenerationSettings());
    retranslateUi();
}

QWidget *GenerationPanel::withScrolling()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *scroll = new QScrollArea(column);
    scroll->setObjectName(QStringLiteral("generationScroll"));
    scroll->setAccessibleName(tr("Generation settings"));
    scroll->setWidget(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(minimumSizeHint().width() + 16);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_actionRow);
    return column;
}

GenerationPanel::~GenerationPanel()
{
    if (!m_actionRow->parent())
        delete m_actionRow;
}

QString GenerationPanel::prompt() const
{
    return m_prompt->toPlainText();
}

void GenerationPanel::setPrompt(const QString &prompt)
{
    m_prompt->setPlainText(prompt);
}

GenerationSettings GenerationPanel::settings() const
{
    GenerationSettings s;
    s.method = Method(m_method->currentData().toInt());
    s.k = m_k->value();
    s.tauMode = TauMode(m_tauMode->currentData().toInt());
    s.tau = m_tau->value();
    s.minSurvivors = m_minSurvivors->value();
    s.temperature = m_temperature->value();
    s.format = OutputFormat(m_format->currentData().toInt());
    s.weightMode = WeightMode(m_weights->currentData().toInt());
    s.perTurn = m_perTurn->value();
    bool ok = false;
    const quint64 seed = m_seed->text().toULongLong(&ok);
    if (!m_randomSeed->isChecked())
        s.seed = ok ? seed : 0;
    return s;
}

void GenerationPanel::setSettings(const GenerationSettings &s)
{
    m_updating = true;
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(s.method))));
    m_k->setValue(s.k);
    m_tauMode->setCurrentIndex(std::max(0, m_tauMode->findData(int(s.tauMode))));
    m_tau->setValue(s.tau);
    m_minSurvivors->setValue(s.minSurvivors);
    m_temperature->setValue(s.temperature);
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(s.format))));
    m_weights->setCurrentIndex(std::max(0, m_weights->findData(int(s.weightMode))));
    m_perTurn->setValue(s.perTurn);
    m_randomSeed->setChecked(!s.seed.has_value());
    if (s.seed)
        m_seed->setText(QString::number(*s.seed));
    m_updating = false;
    updateEnabled();
    retranslateUi();
    Q_EMIT settingsChanged();
}

TransportSettings GenerationPanel::transport() const
{
    TransportSettings t;
    t.structured = StructuredMode(m_structured->currentData().toInt());
    t.stream = m_stream->isChecked();
    t.timeoutSeconds = m_timeout->value();
    t.retries = m_retries->value();
    t.maxTokens = m_maxTokens->value();
    t.replyCapMiB = m_replyCap->value();
    return t;
}

void GenerationPanel::setTransport(const TransportSettings &t)
{
    m_updating = true;
    m_structured->setCurrentIndex(std::max(0, m_structured->findData(int(t.structured))));
    m_stream->setChecked(t.stream);
    m_timeout->setValue(t.timeoutSeconds);
    m_retries->setValue(t.retries);
    m_maxTokens->setValue(t.maxTokens);
    m_replyCap->setValue(t.replyCapMiB);
    m_updating = false;
    Q_EMIT settingsChanged();
}

double GenerationPanel::demoSpeed() const
{
    return m_demoSpeed->currentData().toDouble();
}

void GenerationPanel::setDemoSpeed(double tokensPerSecond)
{
    int index = m_demoSpeed->findData(tokensPerSecond);
    if (index < 0) { // a speed set elsewhere (VSLAB_DEMO_TPS, a script): offered as its own entry
        m_demoSpeed->addItem(QString(), tokensPerSecond);
        index = m_demoSpeed->count() - 1;
        retranslateUi();
    }
    m_updating = true;
    m_demoSpeed->setCurrentIndex(index);
    m_updating = false;
}

GenerationSetup GenerationPanel::setup(const QString &presetId) const
{
    GenerationSetup g;
    g.request = RunRequest{prompt(), settings(), concurrency()};
    g.provider.presetId = presetId;
    g.transport = transport();
    return g;
}

void GenerationPanel::applySetup(const GenerationSetup &setup)
{
    setPrompt(setup.request.prompt);
    setSettings(setup.request.settings);
    setConcurrency(setup.request.concurrency);
    setTransport(setup.transport);
}

int GenerationPanel::concurrency() const
{
    return m_concurrency->value();
}

void GenerationPanel::setConcurrency(int n)
{
    m_concurrency->setValue(n);
}

void GenerationPanel::changed()
{
    if (!m_updating)
        Q_EMIT settingsChanged();
}

void GenerationPanel::buildAdvanced(QWidget *parent)
{
    m_advancedToggle = new QToolButton(parent);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_form->addRow(m_advancedToggle);
    m_advanced = new QWidget(parent);
    m_advanced->setObjectName(QStringLiteral("advancedSettings"));
    m_advanced->hide();
    m_advancedForm = new QFormLayout(m_advanced);
    m_advancedForm->setContentsMargins(0, 0, 0, 0);
    m_advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_advanced);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto spin = [this](const char *name, int low, int high) {
        auto *s = new QSpinBox(m_advanced);
        s->setObjectName(QLatin1String(name));
        s->setRange(low, high);
        addLabelledRow(m_advancedForm, s);
        return s;
    };
    m_weights = new QComboBox(m_advanced);
    m_weights->setObjectName(QStringLiteral("weightsCombo"));
    for (WeightMode w : {WeightMode::Elicited, WeightMode::Uniform, WeightMode::Softmax})
        m_weights->addItem(QString(), int(w));
    addLabelledRow(m_advancedForm, m_weights);
    m_perTurn = spin("perTurnSpin", 0, GenerationSettings::kMax);
    m_concurrency = spin("concurrencySpin", 1, 16);
    m_structured = new QComboBox(m_advanced);
    m_structured->setObjectName(QStringLiteral("structuredCombo"));
    for (StructuredMode m : {StructuredMode::Auto, StructuredMode::On, StructuredMode::Off})
        m_structured->addItem(QString(), int(m));
    addLabelledRow(m_advancedForm, m_structured);
    m_stream = new QCheckBox(m_advanced);
    m_stream->setObjectName(QStringLiteral("streamCheck"));
    m_advancedForm->addRow(m_stream);
    m_timeout = new QDoubleSpinBox(m_advanced);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(0.1, TransportSettings::timeoutMaxSeconds);
    m_timeout->setDecimals(1);
    addLabelledRow(m_advancedForm, m_timeout);
    m_retries = spin("retriesSpin", 0, TransportSettings::retriesMax);
    m_maxTokens = spin("maxTokensSpin", 16, TransportSettings::maxTokensMax);
    m_maxTokens->setSingleStep(256);
    m_replyCap = spin("replyCapSpin", 1, TransportSettings::replyCapMaxMiB);
    setTransport(TransportSettings{});
}

void GenerationPanel::retranslateAdvanced()
{
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setAccessibleName(tr("Show advanced settings"));
    const QStringList weightTitles = {tr("Elicited (as stated)"), tr("Uniform"), tr("Softmax of stated")};
    for (int i = 0; i < m_weights->count(); ++i)
        m_weights->setItemText(i, weightTitles.value(i));
    setFormLabel(m_advancedForm, m_weights, tr("Weights:"));
    m_weights->setAccessibleName(tr("Sampling weights"));
    m_weights->setToolTip(tr("How stated probabilities become sampling weights (--weights)."));
    setFormLabel(m_advancedForm, m_perTurn, tr("Per turn:"));
    m_perTurn->setAccessibleName(tr("Candidates per turn"));
    m_perTurn->setSpecialValueText(tr("automatic"));
    m_perTurn->setToolTip(tr("VS-Multi: candidates asked in each turn; 0 = about k/3 (--per-turn)."));
    setFormLabel(m_advancedForm, m_concurrency, tr("Concurrent calls:"));
    m_concurrency->setAccessibleName(tr("Concurrent calls"));
    m_concurrency->setToolTip(tr("Split k over this many calls at once (--concurrency)."));
    const QStringList structuredTitles = {tr("Automatic"), tr("On"), tr("Off")};
    for (int i = 0; i < m_structured->count(); ++i)
        m_structured->setItemText(i, structuredTitles.value(i));
    setFormLabel(m_advancedForm, m_structured, tr("Structured output:"));
    m_structured->setAccessibleName(tr("Structured output"));
    m_structured->setToolTip(tr("Ask the server to enforce the JSON Schema; automatic drops it when the server "
                                "refuses (--structured)."));
    m_stream->setText(tr("Stream the reply"));
    m_stream->setAccessibleName(tr("Stream the reply"));
    m_stream->setToolTip(tr("Show candidates as they are written (off: --no-stream)."));
    setFormLabel(m_advancedForm, m_timeout, tr("Timeout (s):"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setToolTip(tr("Give up when no byte arrives for this long, also while waiting for the first one "
                             "(--timeout)."));
    setFormLabel(m_advancedForm, m_retries, tr("Retries:"));
    m_retries->setAccessibleName(tr("Retries"));
    m_retries->setToolTip(tr("Retries on 408, 409, 429 and 5xx replies (--retries)."));
    setFormLabel(m_advancedForm, m_maxTokens, tr("Token limit:"));
    m_maxTokens->setAccessibleName(tr("Token limit"));
    m_maxTokens->setToolTip(tr("Largest reply in tokens the model may write (--max-tokens)."));
    setFormLabel(m_advancedForm, m_replyCap, tr("Reply cap (MiB):"));
    m_replyCap->setAccessibleName(tr("Reply size cap in MiB"));
    m_replyCap->setToolTip(tr("Largest reply accepted, in MiB (--reply-cap)."));
}

void GenerationPanel::setTemperatureRange(double low, double high, const QString &reason)
{
    const double before = m_temperature->value();
    m_updating = true;
    m_temperature->setRange(low, high);
    m_updating = false;
    m_temperatureReason = reason;
    QString note = reason;
    if (m_temperature->value() != before)
        note = tr("%1. Temperature set to %2.").arg(reason, QLocale().toString(m_temperature->value(), 'f', 2));
    m_temperatureNote->setText(note.trimmed());
    m_temperatureNote->setVisible(!reason.isEmpty());
    if (m_temperature->value() != before)
        Q_EMIT settingsChanged();
}

void GenerationPanel::setProviders(const QList<std::pair<QString, QString>> &idsAndNames)
{
    m_updating = true;
    const QString current = providerId();
    m_provider->clear();
    for (const auto &[id, name] : idsAndNames) {
        m_provider->addItem(ProviderPreset::tr(name.toUtf8().constData()), id);
        // Kept to translate again on a language change (preset names are built once by core).
        m_provider->setItemData(m_provider->count() - 1, name, Qt::UserRole + 1);
    }
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(current)));
    m_updating = false;
}

QString GenerationPanel::providerId() const
{
    return m_provider->currentData().toString();
}

void GenerationPanel::setProviderId(const QString &id)
{
    m_updating = true;
    const int index = m_provider->findData(id);
    if (index >= 0)
        m_provider->setCurrentIndex(index);
    m_updating = false;
    m_modelForm->setRowVisible(m_demoSpeed, id == QLatin1String("demo"));
}

QString GenerationPanel::model() const
{
    return m_model->currentText().trimmed();
}

void GenerationPanel::setModel(const QString &model)
{
    m_updating = true;
    m_model->setEditText(model);
    m_updating = false;
}

void GenerationPanel::setModels(const QStringList &models)
{
    m_updating = true;
    const QString typed = m_model->currentText();
    m_model->clear();
    m_model->addItems(models);
    m_model->setEditText(typed);
    m_updating = false;
}

void GenerationPanel::setModelNote(const QString &note)
{
    m_modelNote->setText(note);
    m_modelNote->setVisible(!note.isEmpty());
}

void GenerationPanel::setRunning(bool running)
{
    m_running = running;
    m_generate->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void GenerationPanel::onMethodChanged()
{
    updateEnabled();
    m_methodDescription->setText(Names::methodDescription(Method(m_method->currentData().toInt())));
    if (!m_updating)
        Q_EMIT settingsChanged();
}

void GenerationPanel::updateEnabled()
{
    const Method method = Method(m_method->currentData().toInt());
    const TauMode tauMode = TauMode(m_tauMode->currentData().toInt());
    m_k->setEnabled(Names::methodAsksForMany(method));
    m_perTurn->setEnabled(method == Method::VsMulti);
    m_concurrency->setEnabled(method == Method::VsStandard || method == Method::VsCot || method == Method::Sequence);
    m_tau->setEnabled(tauMode != TauMode::Off);
    m_minSurvivors->setEnabled(tauMode == TauMode::Filter);
    m_seed->setEnabled(!m_randomSeed->isChecked());
}

void GenerationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GenerationPanel::retranslateUi()
{
    m_promptLabel->setText(tr("&Prompt:"));
    m_prompt->setPlaceholderText(tr("What should the model answer? Ctrl+Enter generates."));
    m_prompt->setAccessibleName(tr("Prompt"));
    if (auto *scroll = parentWidget() ? qobject_cast<QScrollArea *>(parentWidget()->parentWidget()) : nullptr)
        scroll->setAccessibleName(tr("Generation settings"));
    m_settingsGroup->setTitle(tr("Method"));
    m_modelGroup->setTitle(tr("Model"));

    for (int i = 0; i < m_method->count(); ++i) {
        const Method m = Method(m_method->itemData(i).toInt());
        m_method->setItemText(i, Names::methodTitle(m));
        m_method->setItemData(i, Names::methodDescription(m), Qt::ToolTipRole);
    }
    m_methodDescription->setText(Names::methodDescription(Method(m_method->currentData().toInt())));
    setFormLabel(m_form, m_method, tr("&Method:"));
    m_method->setAccessibleName(tr("Method"));

    setFormLabel(m_form, m_k, tr("&k (candidates):"));
    m_k->setAccessibleName(tr("Number of candidates k"));
    m_k->setToolTip(tr("How many candidate answers to ask for (1–100)."));

    const QStringList tauTitles = {tr("Off"), tr("Tail instruction"), tr("Probability filter")};
    for (int i = 0; i < m_tauMode->count(); ++i)
        m_tauMode->setItemText(i, tauTitles.value(i));
    switch (TauMode(m_tauMode->currentData().toInt())) {
    case TauMode::Off:
        m_tauModeDescription->setText(tr("τ is not used."));
        break;
    case TauMode::Tail:
        m_tauModeDescription->setText(
            tr("τ goes into the prompt: the model is asked for answers whose probability is below τ."));
        break;
    case TauMode::Filter:
        m_tauModeDescription->setText(
            tr("τ never enters the prompt: candidates below τ are dropped after parsing, keeping at least the "
               "minimum number of survivors."));
        break;
    }
    setFormLabel(m_form, m_tauMode, tr("τ mode:"));
    m_tauMode->setAccessibleName(tr("Tau mode"));
    setFormLabel(m_form, m_tau, tr("τ:"));
    m_tau->setAccessibleName(tr("Tau"));
    setFormLabel(m_form, m_minSurvivors, tr("Min. s&urvivors:"));
    m_minSurvivors->setAccessibleName(tr("Minimum survivors of the tau filter"));

    setFormLabel(m_form, m_temperature, tr("&Temperature:"));
    m_temperature->setAccessibleName(tr("Temperature"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_seed->parentWidget())))
        label->setText(tr("See&d:"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("Seed for sampling from the distribution; the same seed gives the same draws."));
    m_randomSeed->setText(tr("Ra&ndom"));
    m_randomSeed->setAccessibleName(tr("Random seed"));
    setFormLabel(m_form, m_format, tr("Form&at:"));
    m_format->setAccessibleName(tr("Output format"));
    m_format->setToolTip(tr("How the model is asked to write its candidates."));
    retranslateAdvanced();

    for (int i = 0; i < m_provider->count(); ++i) {
        const QByteArray source = m_provider->itemData(i, Qt::UserRole + 1).toString().toUtf8();
        m_provider->setItemText(i, ProviderPreset::tr(source.constData()));
    }
    setFormLabel(m_modelForm, m_provider, tr("Prov&ider:"));
    m_provider->setAccessibleName(tr("Provider"));
    setFormLabel(m_modelForm, m_model, tr("M&odel:"));
    setFormLabel(m_modelForm, m_demoSpeed, tr("Demo s&peed:"));
    for (int i = 0; i < m_demoSpeed->count(); ++i) {
        const double tps = m_demoSpeed->itemData(i).toDouble();
        m_demoSpeed->setItemText(i, tps == 0.0    ? tr("Instant")
                                    : tps == 12.0 ? tr("Classroom (slow, watch each bar arrive)")
                                    : tps == 40.0 ? tr("Realistic (about 40 tokens/s)")
                                                  : tr("%1 tokens/s").arg(QLocale().toString(tps)));
    }
    m_demoSpeed->setAccessibleName(tr("Demo model speed"));
    m_demoSpeed->setToolTip(tr("How fast the offline demo model writes its reply."));
    m_model->setAccessibleName(tr("Model"));
    m_model->lineEdit()->setPlaceholderText(tr("model name"));
    m_providersButton->setText(tr("Providers…"));
    m_providersButton->setAccessibleName(tr("Configure providers"));

    m_generate->setText(tr("&Generate"));
    m_generate->setToolTip(tr("Ask the model for a distribution (Ctrl+Enter)"));
    m_generate->setAccessibleName(tr("Generate"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the model; candidates received so far are kept (Esc)"));
    m_cancel->setAccessibleName(tr("Cancel"));
}
