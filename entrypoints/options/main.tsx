import { mount } from '@/src/ui/mount';
import { Options } from '@/src/ui/options';

mount(<Options />, 'options.title');
