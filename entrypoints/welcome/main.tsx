import { mount } from '@/src/ui/mount';
import { Welcome } from '@/src/ui/welcome';

mount(<Welcome />, 'welcome.title');
