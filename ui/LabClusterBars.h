// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <cmath>
#include <limits>

/// One answer cluster as the lab shows it.
struct LabBar
{
    QString text;
    int count = 0;
    /// The stated probability pooled over calls (VS methods); NaN when the method states none.
    double statedShare = std::numeric_limits<double>::quiet_NaN();
};

/**
 * One method's answer clusters as horizontal bars, most frequent first: the bar is the observed share of all
 * responses, labelled with its count ("California 19 of 30"); for VS methods a hatched, outlined bar under it shows
 * the pooled stated probability, so the two are told apart without colour. Draws as many rows as fit and says how
 * many more there are, so it never needs a scroll bar (classroom mode at 1280×720). Can hide its bars until
 * revealed (predict, then reveal).
 */
class LabClusterBars final : public QWidget
{
    Q_OBJECT
public:
    explicit LabClusterBars(QWidget *parent = nullptr);
    ~LabClusterBars() override;
    Q_DISABLE_COPY_MOVE(LabClusterBars)

    /// `total` = all responses of the method (the denominator of every share).
    void setBars(const QList<LabBar> &bars, int total);
    /// Hidden bars show `placeholder` instead; accessibility hears the placeholder too.
    void setRevealed(bool revealed, const QString &placeholder = {});
    bool isRevealed() const { return m_revealed; }
    /// The share that spans the full width (default 1): several charts set the same one to be read on one scale.
    void setScale(double fullWidthShare);
    double scale() const { return m_scale; }

    int barCount() const { return int(m_bars.size()); }
    const LabBar &bar(int row) const { return m_bars.at(row); }
    int total() const { return m_total; }
    /// "California 19 of 30", with "stated 0.31" for VS methods: what the row says.
    QString rowText(int row) const;
    /// Rows drawn at the current size (the rest are summarized as "… and N more").
    int rowsShown() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    bool hasStated() const;
    void updateAccessibleText();

    QList<LabBar> m_bars;
    int m_total = 0;
    bool m_revealed = true;
    QString m_placeholder;
    double m_scale = 1.0;
};
