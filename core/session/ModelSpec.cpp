// SPDX-License-Identifier: Apache-2.0
#include "ModelSpec.h"

#include "session/ProviderRegistry.h"

Result<QList<ModelSpec>> ModelSpec::parseList(const QString &specs)
{
    QList<ModelSpec> out;
    for (const QString &raw : specs.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString spec = raw.trimmed();
        if (spec.isEmpty())
            continue;
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        ModelSpec m{(colon < 0 ? spec : spec.left(colon)).trimmed().toLower(),
                    colon < 0 ? QString() : spec.mid(colon + 1).trimmed()};
        const ProviderPreset *preset = ProviderPreset::find(m.presetId);
        if (!preset) {
            QStringList ids;
            for (const ProviderPreset &p : ProviderPreset::all())
                ids.append(p.id);
            return fail(Failure::Kind::BadInput, tr("unknown provider \"%1\" in \"%2\"; choose one of: %3.")
                                                     .arg(m.presetId, spec, ids.join(QStringLiteral(", "))));
        }
        if (m.model.isEmpty() && preset->kind != ProviderKind::Demo)
            return fail(Failure::Kind::BadInput,
                        tr("\"%1\" needs a model after the colon, e.g. %2:MODEL.").arg(spec, m.presetId));
        out.append(m);
    }
    if (out.isEmpty())
        return fail(Failure::Kind::BadInput, tr("give at least one PROVIDER:MODEL."));
    return out;
}

ProviderConfig ModelSpec::configIn(const ProviderRegistry &registry, const QHash<QString, QString> &baseUrls) const
{
    ProviderConfig c = registry.config(presetId);
    if (!model.isEmpty())
        c.model = model;
    if (baseUrls.contains(presetId))
        c.baseUrl = baseUrls.value(presetId);
    return c;
}
