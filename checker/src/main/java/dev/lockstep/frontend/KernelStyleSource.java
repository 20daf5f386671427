package dev.lockstep.frontend;

/**
 * Generates realistic kernel-style C of a given length for parse benchmarks: device structs with
 * spinlocks, mutexes and lists, loops, switch statements, goto error paths, interrupt handlers and
 * macros, over the kernel API of the stdlib's headers.
 */
public final class KernelStyleSource {

    private static final String PRELUDE = """
            /* generated kernel-style source */
            #include <linux/types.h>
            #include <linux/errno.h>
            #include <linux/spinlock.h>
            #include <linux/mutex.h>
            #include <linux/list.h>
            #include <linux/slab.h>
            #define DEV_COUNT(d) ((d)->count)
            #define for_each_slot(i) for ((i) = 0; (i) < 4; (i)++)
            """;

    private static final String UNIT = """

            struct dev_N {
            	spinlock_t lock;
            	struct mutex mtx;
            	struct list_head list;
            	int count;
            	u32 flags[4];
            };

            static struct dev_N *devs_N[8];

            static int dev_N_update(struct dev_N *d, int value)
            {
            	int ret = 0;
            	int i;

            	spin_lock(&d->lock);
            	for_each_slot(i) {
            		if (d->flags[i] & (1u << i))
            			DEV_COUNT(d) += value * i;
            		else
            			DEV_COUNT(d) -= value;
            	}
            	spin_unlock(&d->lock);
            	return ret;
            }

            static int dev_N_probe(int id)
            {
            	struct dev_N *d;
            	int err;

            	d = kzalloc(sizeof(*d), GFP_KERNEL);
            	if (!d) {
            		err = -ENOMEM;
            		goto out;
            	}
            	mutex_lock(&d->mtx);
            	err = dev_N_update(d, id);
            	if (err < 0)
            		goto out_unlock;
            	devs_N[id & 7] = d;
            	mutex_unlock(&d->mtx);
            	return 0;
            out_unlock:
            	mutex_unlock(&d->mtx);
            	kfree(d);
            out:
            	return err;
            }

            __hardirq(cpu = 0) void dev_N_isr(void)
            {
            	struct dev_N *d = devs_N[0];

            	if (d) {
            		spin_lock(&d->lock);
            		d->count++;
            		spin_unlock(&d->lock);
            	}
            }

            static int dev_N_ioctl(struct dev_N *d, unsigned int cmd, unsigned long arg)
            {
            	switch (cmd) {
            	case 1:
            		return d->count;
            	case 2:
            		while (d->count > 0)
            			d->count--;
            		break;
            	default:
            		return -1;
            	}
            	return (int)(arg >> 2) ? 1 : 0;
            }
            """;

    private KernelStyleSource() {}

    /** Exactly {@code lines} lines of C (at least the prelude's). */
    public static String generate(int lines) {
        StringBuilder out = new StringBuilder(lines * 24);
        out.append(PRELUDE);
        int count = countLines(PRELUDE);
        int unitLines = countLines(UNIT);
        for (int n = 0; count + unitLines <= lines; n++) {
            out.append(UNIT.replace("_N", "_" + n));
            count += unitLines;
        }
        for (int filler = 0; count < lines; filler++, count++) {
            out.append("static int filler_").append(filler).append(";\n");
        }
        return out.toString();
    }

    private static int countLines(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
