#include "SyncStatusWidget.h"

#include "SyncEngine.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace Plenary {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QToolButton(this)) {
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Sync progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(
        tr("Stop the sync; what has been downloaded is kept and resumed next time"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatusWidget::cancelRequested);
    hide();
}

void SyncStatusWidget::started() {
    m_bar->setRange(0, 0); // busy until the first numbers arrive
    m_label->setText(tr("Reading the meeting folder..."));
    m_cancel->setEnabled(true);
    show();
}

void SyncStatusWidget::setProgress(const SyncProgress &p) {
    if (p.filesTotal == 0)
        return;
    const QLocale locale;
    if (p.bytesTotal > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qMin<qint64>(1000, p.bytesDone * 1000 / p.bytesTotal)));
    } else {
        m_bar->setRange(0, p.filesTotal);
        m_bar->setValue(p.filesDone);
    }
    QString text = tr("%1 of %n file(s)", nullptr, p.filesTotal).arg(p.filesDone);
    if (p.bytesPerSecond > 0)
        text += QStringLiteral(", ") +
                tr("%1/s").arg(locale.formattedDataSize(qint64(p.bytesPerSecond)));
    if (p.secondsLeft >= 0)
        text += QStringLiteral(", ") + tr("%n s left", nullptr, p.secondsLeft);
    if (p.filesFailed > 0)
        text += QStringLiteral(", ") + tr("%n failed", nullptr, p.filesFailed);
    m_label->setText(text);
}

void SyncStatusWidget::stopped() {
    hide();
}

QString SyncStatusWidget::text() const {
    return m_label->text();
}

} // namespace Plenary
