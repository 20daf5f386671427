/*
 * A small platform driver written the way drivers are: a private struct found with
 * container_of()/from_timer(), a list walked with list_for_each_entry_safe(), bitfields, typeof,
 * designated initialisers, device-managed allocation, a threaded interrupt registered with
 * devm_request_threaded_irq(), delayed work, a timer and a struct platform_driver ops table.
 * Every context that touches the item list takes p->lock so that the hard interrupt handler
 * cannot interrupt it: the handler with plain spin_lock, the others with spin_lock_irqsave.
 * The inline asm is not modelled (a note): it is treated as a compiler barrier.
 */
#include <linux/bug.h>
#include <linux/module.h>
#include <linux/platform_device.h>
#include <linux/interrupt.h>
#include <linux/spinlock.h>
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/workqueue.h>
#include <linux/timer.h>
#include <linux/netdevice.h>

struct item {
	struct list_head node;
	unsigned int flags : 3;
	unsigned int busy : 1;
	int val;
};

struct priv {
	struct device *dev;
	spinlock_t lock;
	struct list_head items;
	struct delayed_work work;
	struct timer_list timer;
	int irq;
};

static irqreturn_t drv_irq(int irq, void *data)
{
	struct priv *p = data;
	struct item *it, *tmp;

	spin_lock(&p->lock);
	list_for_each_entry_safe(it, tmp, &p->items, node) {
		if (unlikely(it->busy))
			continue;
		list_del(&it->node);
		kfree(it);
	}
	spin_unlock(&p->lock);
	return IRQ_HANDLED;
}

static irqreturn_t drv_thread(int irq, void *data)
{
	struct priv *p = data;
	struct item *it;
	unsigned long flags;

	spin_lock_irqsave(&p->lock, flags);
	list_for_each_entry(it, &p->items, node)
		it->flags = 1;
	spin_unlock_irqrestore(&p->lock, flags);
	dev_err(p->dev, "thread %d\n", irq);
	return IRQ_HANDLED;
}

static void drv_work(struct work_struct *w)
{
	struct priv *p = container_of(to_delayed_work(w), struct priv, work);
	unsigned long flags;
	typeof(p->irq) irq = p->irq;

	spin_lock_irqsave(&p->lock, flags);
	WARN_ON_ONCE(irq < 0);
	spin_unlock_irqrestore(&p->lock, flags);
	asm volatile("nop" ::: "memory");
}

static void drv_timer(struct timer_list *t)
{
	struct priv *p = from_timer(p, t, timer);
	pr_info("tick %d\n", p->irq);
}

static int drv_probe(struct platform_device *pdev)
{
	struct priv *p;
	int ret;

	p = devm_kzalloc(&pdev->dev, sizeof(*p), GFP_KERNEL);
	if (!p)
		return -ENOMEM;
	p->dev = &pdev->dev;
	spin_lock_init(&p->lock);
	INIT_LIST_HEAD(&p->items);
	INIT_DELAYED_WORK(&p->work, drv_work);
	timer_setup(&p->timer, drv_timer, 0);
	p->irq = platform_get_irq(pdev, 0);
	if (p->irq < 0)
		return p->irq;
	ret = devm_request_threaded_irq(&pdev->dev, p->irq, drv_irq, drv_thread, IRQF_ONESHOT, "drv", p);
	if (ret) {
		dev_err(&pdev->dev, "irq: %d\n", ret);
		return ret;
	}
	platform_set_drvdata(pdev, p);
	return 0;
}

static const struct platform_driver drv_driver = {
	.probe = drv_probe,
	.driver = { .name = "drv" },
};
module_platform_driver(drv_driver);
MODULE_LICENSE("GPL");
