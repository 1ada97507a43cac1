import { mount } from '@/src/ui/mount';
import { Learn } from '@/src/ui/learn';

mount(<Learn />, 'learn.title');
