#include "length/lengthtargeteditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>

using namespace Qt::StringLiterals;

LengthTargetEditor::LengthTargetEditor(QWidget *parent)
    : QWidget(parent)
    , m_unit(new QComboBox(this))
    , m_amount(new QSpinBox(this))
    , m_tolerance(new QSpinBox(this))
{
    setObjectName(u"lengthTargetEditor"_s);
    m_unit->setObjectName(u"targetUnit"_s);
    m_unit->addItem(tr("No length target"), int(LengthTarget::Unit::None));
    m_unit->addItem(tr("Lines"), int(LengthTarget::Unit::Lines));
    m_unit->addItem(tr("Characters"), int(LengthTarget::Unit::Characters));
    m_unit->addItem(tr("Words"), int(LengthTarget::Unit::Words));
    m_unit->setToolTip(tr("The length the page plan has room for, e.g. 80 lines or 3,500 characters. The status "
                          "bar and the checklist say how far the article is from it."));
    m_amount->setObjectName(u"targetAmount"_s);
    m_amount->setRange(1, 99999); // five digits: a whole page of Zeichen, and the field fits at 1366 px
    m_amount->setAccessibleName(tr("Target length"));
    m_tolerance->setObjectName(u"targetTolerance"_s);
    m_tolerance->setRange(0, 9999);
    m_tolerance->setPrefix(tr("± "));
    m_tolerance->setAccessibleName(tr("Tolerance"));
    // The digits must stay readable when the row is narrow (1366 px): the tags field yields.
    // Room for twelve average characters in the edit, as every text field of the window has,
    // plus the spin buttons.
    const int readable = fontMetrics().averageCharWidth() * 12 + 2 * style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8;
    m_amount->setMinimumWidth(readable);
    m_tolerance->setMinimumWidth(readable);
    m_tolerance->setToolTip(tr("Within this many above or below the target counts as on target."));

    auto *label = new QLabel(tr("Target si&ze:"), this);
    label->setBuddy(m_amount);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_amount);
    layout->addWidget(m_unit);
    layout->addWidget(m_tolerance);
    setTabOrder(m_amount, m_unit);
    setTabOrder(m_unit, m_tolerance);

    const auto changed = [this] {
        updateEnabled();
        if (!m_setting)
            Q_EMIT edited();
    };
    connect(m_unit, &QComboBox::currentIndexChanged, this, changed);
    connect(m_amount, &QSpinBox::valueChanged, this, changed);
    connect(m_tolerance, &QSpinBox::valueChanged, this, changed);
    setTarget({});
}

LengthTarget LengthTargetEditor::target() const
{
    LengthTarget target;
    target.unit = LengthTarget::Unit(m_unit->currentData().toInt());
    if (target.unit != LengthTarget::Unit::None) {
        target.amount = m_amount->value();
        target.tolerance = m_tolerance->value();
    }
    return target;
}

void LengthTargetEditor::setTarget(const LengthTarget &target)
{
    m_setting = true;
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(int(target.unit))));
    // A fresh target starts at what a page plan typically asks for.
    m_amount->setValue(target.amount > 0 ? target.amount : 80);
    m_tolerance->setValue(target.tolerance);
    m_setting = false;
    updateEnabled();
}

void LengthTargetEditor::updateEnabled()
{
    const bool on = m_unit->currentData().toInt() != int(LengthTarget::Unit::None);
    m_amount->setEnabled(on);
    m_tolerance->setEnabled(on);
}
