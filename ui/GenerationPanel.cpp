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
#include <QSpinBox>
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
    m_prompt->setMinimumHeight(90);
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
    m_seed = new QSpinBox(seedRow);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
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
    m_modelForm->addRow(m_modelNote);
    m_modelForm->addRow(m_providersButton);
    layout->addWidget(m_modelGroup);

    auto *buttons = new QHBoxLayout;
    m_generate = new QPushButton(this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_generate, 1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    connect(m_prompt, &QPlainTextEdit::textChanged, this, &GenerationPanel::promptChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &GenerationPanel::onMethodChanged);
    connect(m_tauMode, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        retranslateUi();
        if (!m_updating)
            Q_EMIT settingsChanged();
    });
    for (QSpinBox *spin : {m_k, m_minSurvivors, m_seed}) {
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                Q_EMIT settingsChanged();
        });
    }
    for (QDoubleSpinBox *spin : {m_tau, m_temperature}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_updating)
                Q_EMIT settingsChanged();
        });
    }
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

GenerationPanel::~GenerationPanel() = default;

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
    if (!m_randomSeed->isChecked())
        s.seed = quint64(m_seed->value());
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
    m_randomSeed->setChecked(!s.seed.has_value());
    if (s.seed)
        m_seed->setValue(int(std::min<quint64>(*s.seed, quint64(std::numeric_limits<int>::max()))));
    m_updating = false;
    updateEnabled();
    retranslateUi();
    Q_EMIT settingsChanged();
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
        m_provider->addItem(QCoreApplication::translate("ProviderPreset", name.toUtf8().constData()), id);
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

    for (int i = 0; i < m_provider->count(); ++i) {
        const QByteArray source = m_provider->itemData(i, Qt::UserRole + 1).toString().toUtf8();
        m_provider->setItemText(i, QCoreApplication::translate("ProviderPreset", source.constData()));
    }
    setFormLabel(m_modelForm, m_provider, tr("Prov&ider:"));
    m_provider->setAccessibleName(tr("Provider"));
    setFormLabel(m_modelForm, m_model, tr("M&odel:"));
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
